// The method and path of a logged request line ("GET /a?b=1 HTTP/1.1", "GET http://host:80/a HTTP/1.1").

const maxPathLength = 200;

export interface RequestTarget {
  method?: string;
  path?: string;
}

export function parseRequestLine(request: string): RequestTarget {
  const parts = request.split(' ');
  if (parts.length < 2) return {};
  const method = /^[A-Z]{3,10}$/.test(parts[0]) ? parts[0] : undefined;
  return { method, path: method ? pathOf(parts[1]) : undefined };
}

/** The path of a URL or of an origin-form target, without query or fragment, cut to a sane length. */
export function pathOf(target: string): string | undefined {
  if (!target || target === '-') return undefined;
  let path = target;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(path);
  if (scheme) path = path.slice(scheme[0].length) || '/';
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  if (path === '') path = '/';
  return path.length > maxPathLength ? path.slice(0, maxPathLength) + '…' : path;
}
