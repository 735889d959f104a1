// Where a UI test saves a README screenshot: test-results/ on every run, so a test run never
// changes tracked files; docs/images/ when asked to refresh them (HSL_UPDATE_SCREENSHOTS=1 npm run test:vscode).
import * as path from 'path';
import { root } from '../codeServer';

export function readmeScreenshot(name: string): string {
  const folder = process.env.HSL_UPDATE_SCREENSHOTS === '1' ? path.join(root, 'docs', 'images') : path.join(root, 'test-results');
  return path.join(folder, name);
}
