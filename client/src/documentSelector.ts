// The documents the language server reads: source files of the supported languages and the files
// where operators meet status codes. `scheme: 'file'` and `'untitled'` only: never virtual documents.
import { DocumentFilter } from 'vscode-languageclient';

const languages = [
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'go', 'python', 'java', 'kotlin',
  'csharp', 'php', 'ruby', 'rust', 'yaml', 'json', 'jsonc', 'nginx',
  // Access logs, .http/.rest files, pasted curl transcripts (plain text is sniffed; silent unless a log).
  'log', 'http', 'plaintext',
];

export const documentSelector: DocumentFilter[] = [
  ...languages.flatMap((language) => [
    { scheme: 'file', language }, { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: '**/nginx*.conf' },
  { scheme: 'file', pattern: '**/*.nginx' },
  { scheme: 'file', pattern: '**/*.{har,http,rest}' },
  { scheme: 'file', pattern: '**/*.log.[0-9]*' },
];
