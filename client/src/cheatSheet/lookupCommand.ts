// "HTTP Status Lens: Look Up Status Code": a quick pick over all codes (number, name, aliases) that
// opens the chosen code's card in the cheat sheet.
import * as vscode from 'vscode';
import type { CheatSheetFeature } from './cheatSheetFeature';
import { codesFromArgs } from './codeArgs';
import { codePicks } from './codePicks';

export function lookupCommand(feature: CheatSheetFeature) {
  return async (arg?: unknown): Promise<void> => {
    const index = await feature.data.index();
    const [given] = codesFromArgs(arg).filter((code) => index.get(code));
    if (given !== undefined) return feature.view.reveal(given);
    const picked = await vscode.window.showQuickPick(
      codePicks(index).map((pick) => ({ label: pick.label, description: pick.description, detail: pick.detail, code: pick.code })),
      { title: 'Look Up Status Code', placeHolder: 'Type a number, a name or an alias', matchOnDescription: true },
    );
    if (picked) await feature.view.reveal(picked.code);
  };
}
