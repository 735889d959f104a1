// Which detector family handles a document: from the languageId, else from the file extension
// (eglot sends "js", some clients send nothing useful).

export type LanguageFamily =
  | 'javascript' | 'python' | 'go' | 'java' | 'csharp' | 'php' | 'ruby' | 'rust'
  | 'nginx' | 'yaml' | 'json'
  | 'accessLog' | 'har' | 'httpFile' | 'transcript' // logs and transcripts: server/src/service/logs/
  | 'unknown';

const byLanguageId: Record<string, LanguageFamily> = {
  javascript: 'javascript', typescript: 'javascript', javascriptreact: 'javascript',
  typescriptreact: 'javascript', js: 'javascript', ts: 'javascript', jsx: 'javascript', tsx: 'javascript',
  python: 'python', go: 'go', java: 'java', kotlin: 'java', scala: 'java', groovy: 'java',
  csharp: 'csharp', php: 'php', ruby: 'ruby', rust: 'rust', nginx: 'nginx',
  yaml: 'yaml', json: 'json', jsonc: 'json',
  log: 'accessLog', http: 'httpFile', plaintext: 'transcript',
};

const byExtension: Record<string, LanguageFamily> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'javascript', mts: 'javascript', cts: 'javascript', tsx: 'javascript',
  py: 'python', go: 'go', java: 'java', kt: 'java', kts: 'java', scala: 'java', groovy: 'java',
  cs: 'csharp', php: 'php', rb: 'ruby', rake: 'ruby', rs: 'rust',
  conf: 'nginx', nginx: 'nginx', yaml: 'yaml', yml: 'yaml', json: 'json',
  log: 'accessLog', har: 'har', http: 'httpFile', rest: 'httpFile', txt: 'transcript',
};

export function languageFamily(languageId: string | undefined, uriOrPath?: string): LanguageFamily {
  // Asked several times per file (scan, detection, rules): the name is split once, without regexes.
  const base = uriOrPath ? uriOrPath.slice(Math.max(uriOrPath.lastIndexOf('/'), uriOrPath.lastIndexOf('\\')) + 1) : '';
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot + 1).toLowerCase() : '';
  // Editors call a HAR file "json" and a .http file "plaintext": the extension says more.
  const logFamily = logFamilyByName(base, ext);
  if (logFamily) return logFamily;
  const fromId = languageId ? byLanguageId[languageId.toLowerCase()] : undefined;
  if (fromId) return fromId;
  if (uriOrPath) {
    if (ext === 'nginx' || (ext === 'conf' && /^nginx/i.test(base))) return 'nginx';
    return byExtension[ext] ?? 'unknown';
  }
  return 'unknown';
}

/** HAR and .http/.rest files by extension, and rotated logs (`access.log.1`, `access.log-20240101`). */
function logFamilyByName(base: string, ext: string): LanguageFamily | undefined {
  if (ext === 'har') return 'har';
  if (ext === 'http' || ext === 'rest') return 'httpFile';
  // `access.log.1` ends in digits, `access.log-20240101` in `log-` and digits: only those are tried.
  if ((ext.startsWith('log-') || (ext.length > 0 && ext.charCodeAt(0) >= 48 && ext.charCodeAt(0) <= 57)) && /\.log(?:\.\d+|-\d{8})$/i.test(base)) return 'accessLog';
  return undefined;
}

/**
 * The family of a document, reading its text when neither its language nor its name tells (issue 14):
 * nginx site files have no extension (`sites-available/default`, `conf.d/api`) or a template one
 * (`site.conf.template`), and editors call them plain text.
 */
export function documentFamily(languageId: string | undefined, uriOrPath: string | undefined, text: string): LanguageFamily {
  const family = languageFamily(languageId, uriOrPath);
  if ((family === 'unknown' || family === 'transcript') && looksLikeNginxConfig(text)) return 'nginx';
  return family;
}

/** Lines only nginx configuration holds: block openers and `;`-terminated directives of its core modules. */
const nginxBlock = /^[ \t]*(?:server|location|upstream|http|events|map|geo|split_clients|limit_except|if)\b[^;{}\n]*\{[ \t]*(?:#.*)?$/gm;
const nginxDirective = /^[ \t]*(?:listen|server_name|root|index|proxy_pass|fastcgi_pass|uwsgi_pass|grpc_pass|return|rewrite|error_page|add_header|include|try_files|proxy_set_header|proxy_read_timeout|ssl_certificate(?:_key)?|access_log|error_log|limit_req(?:_zone|_status)?|limit_conn(?:_zone|_status)?|client_max_body_size|gzip|expires|internal|auth_basic|alias|charset|keepalive_timeout|sendfile|worker_processes|proxy_next_upstream|set_real_ip_from|deny|allow)\b[^;{}\n]*;[ \t]*(?:#.*)?$/gm;

/**
 * Whether a text is nginx configuration: at least three of its first lines (8 KB) are nginx directives
 * or blocks, and they make up most of its non-comment lines — a log or a transcript that mentions
 * `return` does not pass.
 */
export function looksLikeNginxConfig(text: string): boolean {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  if (!head.includes(';')) return false;
  nginxBlock.lastIndex = 0;
  nginxDirective.lastIndex = 0;
  const hits = (head.match(nginxBlock)?.length ?? 0) + (head.match(nginxDirective)?.length ?? 0);
  if (hits < 3) return false;
  let content = 0;
  for (const line of head.split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#') && t !== '}' && t !== '{') content++;
  }
  return hits * 2 >= content;
}

