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
  // Editors call a HAR file "json" and a .http file "plaintext": the extension says more.
  const logFamily = uriOrPath ? logFamilyByName(uriOrPath) : undefined;
  if (logFamily) return logFamily;
  const fromId = languageId ? byLanguageId[languageId.toLowerCase()] : undefined;
  if (fromId) return fromId;
  if (uriOrPath) {
    const base = uriOrPath.split(/[\\/]/).pop() ?? '';
    if (/^nginx.*\.conf$/i.test(base) || /\.nginx$/i.test(base)) return 'nginx';
    const ext = base.includes('.') ? base.split('.').pop()!.toLowerCase() : '';
    return byExtension[ext] ?? 'unknown';
  }
  return 'unknown';
}

/** HAR and .http/.rest files by extension, and rotated logs (`access.log.1`, `access.log-20240101`). */
function logFamilyByName(uriOrPath: string): LanguageFamily | undefined {
  const base = uriOrPath.split(/[\\/]/).pop() ?? '';
  if (/\.har$/i.test(base)) return 'har';
  if (/\.(?:http|rest)$/i.test(base)) return 'httpFile';
  if (/\.log(?:\.\d+|-\d{8})$/i.test(base)) return 'accessLog';
  return undefined;
}
