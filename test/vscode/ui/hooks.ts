// Mocha root hooks for the UI tests (loaded with --require): a screenshot after each failed test,
// and one teardown of the shared workbench (browser + code-server's whole process tree) at the end.
import type { Context } from 'mocha';
import { closeSharedWorkbench, screenshotShared } from './workbench';

export const mochaHooks = {
  async afterEach(this: Context) {
    if (this.currentTest?.state === 'failed') {
      for (const file of await screenshotShared(this.currentTest.fullTitle())) console.log(`      screenshot: ${file}`);
    }
  },
  async afterAll() {
    await closeSharedWorkbench();
  },
};
