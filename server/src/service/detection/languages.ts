// Which detector family handles a document: from the languageId, else from the file extension
// (eglot sends "js", some clients send nothing useful).

export type LanguageFamily =
  | 'javascript' | 'python' | 'go' | 'java' | 'csharp' | 'php' | 'ruby' | 'rust'
  | 'nginx' | 'yaml' | 'json' | 'unknown';

const byLanguageId: Record<string, LanguageFamily> = {
  javascript: 'javascript', typescript: 'javascript', javascriptreact: 'javascript',
  typescriptreact: 'javascript', js: 'javascript', ts: 'javascript', jsx: 'javascript', tsx: 'javascript',
  python: 'python', go: 'go', java: 'java', kotlin: 'java', scala: 'java', groovy: 'java',
  csharp: 'csharp', php: 'php', ruby: 'ruby', rust: 'rust', nginx: 'nginx',
  yaml: 'yaml', json: 'json', jsonc: 'json',
};

const byExtension: Record<string, LanguageFamily> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'javascript', mts: 'javascript', cts: 'javascript', tsx: 'javascript',
  py: 'python', go: 'go', java: 'java', kt: 'java', kts: 'java', scala: 'java', groovy: 'java',
  cs: 'csharp', php: 'php', rb: 'ruby', rake: 'ruby', rs: 'rust',
  conf: 'nginx', nginx: 'nginx', yaml: 'yaml', yml: 'yaml', json: 'json',
};

export function languageFamily(languageId: string | undefined, uriOrPath?: string): LanguageFamily {
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
