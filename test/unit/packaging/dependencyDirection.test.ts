// The lint keeps the dependencies one way (issue 20): server/ never imports client/ or vscode, and the
// pure service knows no LSP connection and no server wiring. Proven on the rule itself — each import
// below is linted as if written in that file (npm run lint checks the tree itself).
import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..', '..', '..');

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layout: one direction of dependencies, checked by npm run lint', function () {
  this.timeout(60_000);

  const cases: [file: string, importLine: string, forbidden: boolean][] = [
    ['server/src/cli/x.ts', "import { a } from '../../../client/src/checkUrl/checkUrlPanel';", true],
    ['server/src/node/x.ts', "import * as vscode from 'vscode';", true],
    ['server/src/service/logs/x.ts', "import { a } from '../../../../client/src/ctx';", true],
    ['server/src/service/x.ts', "import { createConnection } from 'vscode-languageserver/node';", true],
    ['server/src/service/x.ts', "import { runCli } from '../cli/main';", true],
    ['server/src/service/x.ts', "import { checkUrl } from '../node/checkUrl/checkUrl';", true],
    ['server/src/service/x.ts', "import { TextDocument } from 'vscode-languageserver-textdocument';", false],
    ['server/src/cli/x.ts', "import { checkUrl } from '../node/checkUrl/checkUrl';", false],
    ['client/src/x.ts', "import { checkUrl } from '../../server/src/node/checkUrl/checkUrl';", false],
  ];
  for (const [file, importLine, forbidden] of cases) {
    it(`${forbidden ? 'rejects' : 'allows'} in ${file}: ${importLine}`, async () => {
      const messages = await restricted(file, `${importLine}\nexport const used = [${importLine.match(/import (?:\* as )?\{? ?(\w+)/)![1]}];\n`);
      assert.strictEqual(messages.length, forbidden ? 1 : 0, messages.join('\n'));
    });
  }

});
