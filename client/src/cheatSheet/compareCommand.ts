// "HTTP Status Lens: Compare Status Codes". With two or more codes as its first argument (the hover's
// `command:httpStatusLens.compare?[[502,503]]` links) it opens the comparison directly; otherwise it
// asks for the codes in a multi-select quick pick, with any given code already ticked.
import * as vscode from 'vscode';
import { StatusCodeIndex } from '../../../server/src/service/dataset';
import type { CheatSheetFeature } from './cheatSheetFeature';
import { codesFromArgs } from './codeArgs';
import { CodePick, codePicks } from './codePicks';

export function compareCommand(feature: CheatSheetFeature) {
  return async (arg?: unknown): Promise<void> => {
    const index = await feature.data.index();
    let codes = codesFromArgs(arg).filter((code) => index.get(code));
    if (codes.length < 2) {
      const picked = await pickCodes(index, codes);
      if (!picked) return;
      codes = picked;
    }
    await feature.compare.show(codes);
  };
}

type Item = vscode.QuickPickItem & { pick: CodePick };

/** Resolves with two or more codes, or undefined when the user cancels. */
function pickCodes(index: StatusCodeIndex, preselected: number[]): Promise<number[] | undefined> {
  const quickPick = vscode.window.createQuickPick<Item>();
  const title = 'Compare Status Codes';
  quickPick.title = title;
  quickPick.placeholder = 'Pick two or more codes (type a number or a name), then press Enter';
  quickPick.canSelectMany = true;
  quickPick.matchOnDescription = true;
  const items: Item[] = codePicks(index).map((pick) => ({ label: pick.label, description: pick.description, pick }));
  quickPick.items = items;
  quickPick.selectedItems = items.filter((item) => preselected.includes(item.pick.code));
  return new Promise((resolve) => {
    let result: number[] | undefined;
    quickPick.onDidChangeSelection((selected) => {
      quickPick.title = selected.length ? `${title} (${selected.map((s) => s.pick.code).join(', ')})` : title;
    });
    quickPick.onDidAccept(() => {
      const codes = quickPick.selectedItems.map((item) => item.pick.code);
      if (codes.length < 2) {
        quickPick.title = `${title}: pick at least two codes`;
        return;
      }
      result = codes;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(result);
    });
    quickPick.show();
  });
}
