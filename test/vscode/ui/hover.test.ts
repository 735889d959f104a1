// The user's view: open a file in the real workbench, hover 502 with the mouse, read the hover.
import * as assert from 'assert';
import { Workbench, workbench } from './workbench';

describe('vscode UI: hover in the workbench (extension installed from the .vsix)', () => {
  let wb: Workbench;

  before(async () => {
    wb = await workbench();
    await wb.openFile('src/app.js');
  });

  after(async () => {
    await wb?.closeAllEditors();
  });

  it('hovering 502 in res.status(502) shows its name, meaning and where it comes from', async () => {
    const hover = await wb.hoverToken('502', { contains: '502 Bad Gateway' });
    assert.match(hover, /gateway or proxy/i);
    assert.ok(hover.includes('Flow: Client → Proxy → ✕ Upstream ⇒ 502 from the proxy'), hover);
  });

  it('hovering 502 after é and an emoji on the same line shows the same card', async () => {
    const hover = await wb.hoverToken('502', { nth: 2, contains: '502 Bad Gateway' });
    assert.match(hover, /gateway or proxy/i);
  });
});
