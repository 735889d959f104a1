// scan on worker threads finds exactly what the main thread finds, in the same order.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadDataset } from '../../../server/src/loadDataset';
import { scanFilesInParallel } from '../../../server/src/cli/scanWorkers';
import { generateText } from '../../../bench/corpus';

describe('cli: scan on worker threads', function () {
  this.timeout(60_000);
  const dataset = loadDataset(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json'));
  let tree: string;

  before(() => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-workers-'));
    const languages: [string, string][] = [['javascript', 'js'], ['python', 'py'], ['go', 'go'], ['java', 'java'], ['yaml', 'yaml']];
    for (let i = 0; i < 240; i++) {
      const [language, ext] = languages[i % languages.length];
      const dir = path.join(tree, `pkg${i % 7}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `file${i}.${ext}`), generateText(language, 300 + (i % 5) * 60, i));
    }
    fs.writeFileSync(path.join(tree, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  });

  after(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('two workers give the same files, detections and diagnostics, in walk order, as one thread', async () => {
    const single = await scanFilesInParallel([tree], { dataset, jobs: 1 });
    const parallel = await scanFilesInParallel([tree], { dataset, jobs: 2 });
    assert.strictEqual(single.files, 240, 'every text file, not the binary one');
    assert.ok(single.detections.length > 200, `only ${single.detections.length} detections`);
    assert.deepStrictEqual(parallel, single);
  });
});
