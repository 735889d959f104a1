// "HTTP Status Lens: Check URL": asks for a URL (pre-filled with the URL under the cursor or the
// selection, else the last one checked), checks it with a cancellable progress notification and
// shows the result view. With a URL argument (the "Check URL" code action) it skips the question.
import * as vscode from 'vscode';
import type { CheckUrlFeature } from './checkUrlFeature';
import { readCheckUrlSettings } from './checkUrlSettings';
import { parseCheckUrl } from '../../../server/src/node/checkUrl/checkUrl';
import { urlAt, urlFromSelection } from '../../../server/src/node/checkUrl/findUrl';
import { redactUrl } from '../../../server/src/node/checkUrl/redact';

const lastUrlKey = 'httpStatusLens.checkUrl.lastUrl';

/** The URL to pre-fill: the selection if it is one, else the URL under the cursor. */
export function urlFromEditor(editor: vscode.TextEditor | undefined): string | undefined {
  if (!editor) return undefined;
  const selection = editor.selection;
  if (!selection.isEmpty && selection.isSingleLine) {
    const selected = urlFromSelection(editor.document.getText(selection));
    if (selected) return selected;
  }
  const line = editor.document.lineAt(selection.active.line).text;
  return line.length <= 10_000 ? urlAt(line, selection.active.character)?.url : undefined;
}

export function checkUrlCommand(feature: CheckUrlFeature) {
  return async (arg?: unknown): Promise<void> => {
    let url = typeof arg === 'string' && arg.trim() ? arg.trim() : undefined;
    if (!url) {
      const state = feature.extension.workspaceState;
      const value = urlFromEditor(vscode.window.activeTextEditor) ?? state.get<string>(lastUrlKey) ?? 'https://';
      url = await vscode.window.showInputBox({
        title: 'Check URL',
        prompt: 'Every hop of the redirect chain, timed and explained. Only http: and https: URLs.',
        value,
        valueSelection: value === 'https://' ? [8, 8] : undefined,
        ignoreFocusOut: true,
        validateInput: (text) => {
          const parsed = parseCheckUrl(text);
          return parsed instanceof URL ? undefined : parsed.message;
        },
      });
      if (!url) return;
    }
    // Only the redacted form is kept: credentials are never written to workspace state.
    await feature.extension.workspaceState.update(lastUrlKey, redactUrl(url.trim()));
    const options = readCheckUrlSettings((message) => feature.log(message));
    await feature.panel.check(url, options);
  };
}
