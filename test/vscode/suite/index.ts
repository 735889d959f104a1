// Entry point VS Code loads from --extensionTestsPath: runs every bundled *.test.js beside it with mocha,
// inside the real extension host (so `vscode` is the real API). Bundled by test/vscode/run.mjs into
// .vscode-test/out/suite/ with `vscode` and `mocha` left external.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { SUITE_START_MARKER } from './marker';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${__dirname}`));
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  // codeShim.ts prints the workbench's log from this line on (what comes before is start-up noise).
  console.log(SUITE_START_MARKER);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
