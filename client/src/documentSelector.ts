// The documents the language server reads: source files of the supported languages and the files
// where operators meet status codes. `scheme: 'file'` and `'untitled'` only: never virtual documents.

const languages = [
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'go', 'python', 'java', 'kotlin',
  'csharp', 'php', 'ruby', 'rust', 'yaml', 'json', 'jsonc', 'nginx',
  // Access logs, .http/.rest files, pasted curl transcripts (plain text is sniffed; silent unless a log).
  'log', 'http', 'plaintext',
];

/** Plain string patterns: a filter both `vscode.languages.match` and the language client take. */
interface Filter {
  scheme: 'file' | 'untitled';
  language?: string;
  pattern?: string;
}

export const documentSelector: Filter[] = [
  ...languages.flatMap((language): Filter[] => [
    { scheme: 'file', language }, { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: '**/nginx*.conf' },
  { scheme: 'file', pattern: '**/*.nginx' },
  { scheme: 'file', pattern: '**/*.{har,http,rest}' },
  { scheme: 'file', pattern: '**/*.log.[0-9]*' },
];

/**
 * The documents whose opening starts the server: all of the above but JSON with comments, which is
 * what VS Code's own settings, tsconfig and launch files are (the workbench opens the user's
 * settings.json by itself) — none of them holds status codes worth a process.
 */
export const serverStartingSelector: Filter[] = documentSelector.filter((filter) => filter.language !== 'jsonc');
