// Hides credentials and token-like query parameters in everything we show or log.

/** Query parameters whose values are secrets often enough that we never show them. */
const secretParam = /^(access[_-]?token|id[_-]?token|refresh[_-]?token|token|auth|authorization|api[_-]?key|apikey|key|secret|client[_-]?secret|password|passwd|pwd|pass|sig|signature|session|session[_-]?id|sessionid|sid|jwt|code|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|sv|se)$/i;

const mask = '***';

/** Redacts `user:password@` and secret query values in one URL string; returns other text unchanged. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url, false);
  }
  let changed = false;
  if (parsed.username || parsed.password) {
    parsed.username = mask;
    if (parsed.password) parsed.password = mask;
    changed = true;
  }
  const params = [...parsed.searchParams.keys()];
  if (params.some((name) => secretParam.test(name))) {
    // Rebuild the query by hand so untouched parameters keep their original spelling.
    parsed.search = parsed.search.slice(1).split('&').map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try { decoded = decodeURIComponent(name.replace(/\+/g, ' ')); } catch { /* keep raw */ }
      return eq >= 0 && secretParam.test(decoded) ? `${name}=${mask}` : pair;
    }).join('&');
    changed = true;
  }
  return changed ? parsed.href : url;
}

/** Redacts every URL found in free text (error messages, header values), and `user:pass@` fragments. */
export function redactText(text: string, findUrls = true): string {
  let out = text;
  if (findUrls) out = out.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
  // Relative references ("/next?token=…") and unparsable URLs: secret query values.
  out = out.replace(/([?&])([^=&#\s"'<>]+)=([^&#\s"'<>]*)/g, (m, sep: string, name: string) => {
    let decoded = name;
    try { decoded = decodeURIComponent(name.replace(/\+/g, ' ')); } catch { /* keep raw */ }
    return secretParam.test(decoded) ? `${sep}${name}=${mask}` : m;
  });
  // Scheme-less or unparsable "user:pass@host" fragments.
  return out.replace(/(\/\/)[^/\s@:"'<>]+:[^/\s@"'<>]*@/g, `$1${mask}:${mask}@`);
}

/** Response headers that carry secrets: shown with their values masked. */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'set-cookie') {
    // Keep the cookie's name and attributes, hide its value.
    return value.replace(/^([^=;]*)=([^;]*)/, (_m, cookie: string) => `${cookie}=${mask}`);
  }
  if (lower === 'authorization' || lower === 'proxy-authorization' || lower === 'cookie') return mask;
  if (lower === 'location' || lower === 'content-location' || lower === 'link' || lower === 'refresh') return redactText(value);
  return value;
}
