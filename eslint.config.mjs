// ESLint flat config: typescript-eslint's recommended rules for the TypeScript sources,
// the plain JS recommendations for our build/test scripts, node + browser globals where they belong.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, caches and provisioned editors are never linted.
    ignores: [
      'dist/**', 'dist-vsix/**', 'out/**', '.vscode-test/**', 'node_modules/**', '.cache/**',
      'test-results/**', 'bench/results/**', 'demo/**', 'test/fixtures/**', 'test/vscode/workspace/**', '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-throw-literal': 'error',
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `(...args: any[])` is how VS Code command handlers are typed.
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      // The typed protocol module uses `namespace X { method; type }` like vscode-eslint does.
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    // One direction of dependencies (README, "Layout"): server/ never reaches into the client or the
    // editor; the pure service (server/src/service) does not know the LSP connection either, so the CLI,
    // the web worker and the tests run the same code.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/service/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'server/ runs outside VS Code: only client/ imports vscode.' }],
        patterns: [{ regex: '(^|/)client(/|$)', message: 'server/ does not import client/: move editor-free code to server/src/service or server/src/node.' }],
      }],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'The pure service runs outside VS Code: only client/ imports vscode.' },
          { name: 'vscode-languageserver', message: 'The pure service has no connection: protocol wiring lives in server/src/*.ts.' },
          { name: 'vscode-languageserver/node', message: 'The pure service has no connection: protocol wiring lives in server/src/*.ts.' },
          { name: 'vscode-languageserver/browser', message: 'The pure service has no connection: protocol wiring lives in server/src/*.ts.' },
        ],
        patterns: [
          { regex: '(^|/)client(/|$)', message: 'The pure service does not import client/.' },
          { regex: '^\\.\\./(\\.\\./)*(cli|node|server|main|browserMain|diagnosticsFeature|sizeLimit|stdioTransport|runSafe)(/|$)', message: 'The pure service does not import the server\'s wiring, the CLI or Node-only code.' },
        ],
      }],
    },
  },
  {
    // Webview scripts run in the browser.
    files: ['client/src/webviews/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests may poke at loosely typed protocol payloads and use non-null assertions freely.
    files: ['test/**/*.ts', 'test/**/*.mjs', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      // Expected output is often column-aligned text.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Plain CommonJS scripts (if any) may use require.
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
