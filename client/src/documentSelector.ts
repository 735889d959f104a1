// The documents the language server reads: source files of the supported languages and the files
// where operators meet status codes, in the workspace's own file systems only — never diffs, output
// panes, git history or other documents that merely show text.

const languages = [
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'go', 'python', 'java', 'kotlin',
  'csharp', 'php', 'ruby', 'rust', 'yaml', 'json', 'jsonc', 'nginx',
  // Access logs, .http/.rest files, pasted curl transcripts (plain text is sniffed; silent unless a log).
  'log', 'http', 'plaintext',
];

/**
 * Where workspace files live: on disk (also vscode.dev's local folders), new untitled editors, GitHub
 * repositories opened in github.dev or vscode.dev (`vscode-vfs`), and a remote's files as a browser's
 * extension host sees them (`vscode-remote`, e.g. code-server).
 */
export const workspaceSchemes = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'] as const;

/** Plain string patterns: a filter both `vscode.languages.match` and the language client take. */
interface Filter {
  scheme: (typeof workspaceSchemes)[number];
  language?: string;
  pattern?: string;
}

/** Files recognised by name rather than language id; untitled editors have no file name to match. */
const patterns = ['**/nginx*.conf', '**/*.nginx', '**/*.{har,http,rest}', '**/*.log.[0-9]*'];

export const documentSelector: Filter[] = [
  ...languages.flatMap((language) => workspaceSchemes.map((scheme): Filter => ({ scheme, language }))),
  ...patterns.flatMap((pattern) => workspaceSchemes.filter((s) => s !== 'untitled').map((scheme): Filter => ({ scheme, pattern }))),
];

/**
 * The documents whose opening starts the server: all of the above but JSON with comments, which is
 * what VS Code's own settings, tsconfig and launch files are (the workbench opens the user's
 * settings.json by itself) — none of them holds status codes worth a process.
 */
export const serverStartingSelector: Filter[] = documentSelector.filter((filter) => filter.language !== 'jsonc');
