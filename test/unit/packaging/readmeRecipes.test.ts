// The README's ready-made CI job (GitHub Actions + SARIF upload) and pre-commit hook, copied out of the
// README as a user copies them: valid YAML with the shape their tools need, and the command each holds
// run as written (bash -eo pipefail, as a GitHub runner does) against the packed npm package.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as yaml from 'js-yaml';
import * as path from 'path';
import { installedPackage, InstalledPackage } from '../../support/installedPackage';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

/** The ```yaml block of the README whose first line is `# <file>`. */
function yamlBlock(file: string): string {
  const blocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  const found = blocks.filter((b) => b.startsWith(`# ${file}\n`));
  assert.strictEqual(found.length, 1, `one yaml block starting with "# ${file}" in README.md`);
  return found[0];
}

const maintenance = "app.get('/orders', (req, res) => {\n  if (maintenanceMode) return res.status(500).send('Down for maintenance');\n});\n";
const noAllow = "app.all('/reports', (req, res) => { res.status(405).end(); });\n";

/** A repository folder inside the project that has the package installed (npx finds it there). */
function repository(pkg: InstalledPackage, name: string, files: Record<string, string>): string {
  const dir = path.join(pkg.project, name);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function bash(pkg: InstalledPackage, cwd: string, command: string) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, env: pkg.env, encoding: 'utf8', timeout: 60_000 });
}

describe('README: the CI job and the pre-commit hook work as written', function () {
  this.timeout(180_000);
  let pkg: InstalledPackage;
  before(async () => { pkg = await installedPackage(); });

  describe('GitHub Actions job', () => {
    const workflow = yaml.load(yamlBlock('.github/workflows/http-status-lens.yml')) as any;
    const jobs = Object.values(workflow.jobs ?? {}) as any[];
    const steps = (jobs[0]?.steps ?? []) as any[];
    const scan = steps.find((s) => typeof s.run === 'string' && s.run.includes('http-status-lens scan'));
    const upload = steps.find((s) => /^github\/codeql-action\/upload-sarif@v\d+$/.test(s.uses ?? ''));

    it('is a workflow: triggers, code scanning permission, checkout, Node 20+, scan, SARIF upload', () => {
      assert.ok(workflow.on?.pull_request !== undefined && workflow.on?.push, 'runs on pushes and pull requests');
      assert.strictEqual(workflow.permissions?.['security-events'], 'write', 'upload-sarif needs security-events: write');
      assert.strictEqual(jobs.length, 1);
      assert.strictEqual(jobs[0]['runs-on'], 'ubuntu-latest');
      for (const step of steps) assert.ok((step.uses === undefined) !== (step.run === undefined), `a step has uses or run: ${JSON.stringify(step)}`);
      assert.match(steps[0].uses, /^actions\/checkout@v\d+$/);
      const node = steps.find((s) => /^actions\/setup-node@v\d+$/.test(s.uses ?? ''));
      assert.ok(Number(node?.with?.['node-version']) >= 20, 'Node 20 or later');
      assert.ok(scan && upload && steps.indexOf(scan) < steps.indexOf(upload), 'the scan, then the upload');
      // The file the scan writes is the one uploaded, and the upload also runs after a failing scan.
      assert.strictEqual(/> *(\S+)$/.exec(scan.run)?.[1], upload.with.sarif_file);
      assert.match(String(upload.if), /!cancelled\(\)|always\(\)/);
    });

    it('its scan command passes a tree with only a hint and writes the SARIF the upload reads', () => {
      const repo = repository(pkg, 'ci-clean', { 'src/maintenance.js': maintenance });
      const r = bash(pkg, repo, scan.run);
      assert.strictEqual(r.status, 0, r.stderr);
      const sarif = JSON.parse(fs.readFileSync(path.join(repo, upload.with.sarif_file), 'utf8'));
      assert.strictEqual(sarif.version, '2.1.0');
      assert.deepStrictEqual(sarif.runs[0].results.map((x: any) => [x.ruleId, x.level]), [['prefer-503-for-unavailable', 'note']]);
    });

    it('its scan command fails the job on a warning, and the SARIF still holds every finding', () => {
      const repo = repository(pkg, 'ci-warning', { 'src/maintenance.js': maintenance, 'src/reports.js': noAllow });
      const r = bash(pkg, repo, scan.run);
      assert.strictEqual(r.status, 1, r.stderr);
      const sarif = JSON.parse(fs.readFileSync(path.join(repo, upload.with.sarif_file), 'utf8'));
      const results = sarif.runs[0].results.map((x: any) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri]).sort();
      assert.deepStrictEqual(results, [
        ['prefer-503-for-unavailable', 'note', 'src/maintenance.js'],
        ['required-header-missing', 'warning', 'src/reports.js'],
      ]);
    });
  });

  describe('pre-commit hook', () => {
    const config = yaml.load(yamlBlock('.pre-commit-config.yaml')) as any;
    const hook = config.repos?.[0]?.hooks?.[0];

    it('is a local hook with an id, a name, an entry, a language and a files pattern that picks sources', () => {
      assert.strictEqual(config.repos.length, 1);
      assert.strictEqual(config.repos[0].repo, 'local');
      for (const key of ['id', 'name', 'entry', 'language', 'files']) assert.strictEqual(typeof hook[key], 'string', key);
      assert.strictEqual(hook.language, 'system');
      const files = new RegExp(hook.files);
      for (const file of ['src/app.js', 'web/page.tsx', 'main.go', 'app.py', 'api/openapi.yaml', 'conf/nginx.conf']) assert.ok(files.test(file), file);
      for (const file of ['README.md', 'docs/logo.png', 'Makefile']) assert.ok(!files.test(file), file);
    });

    it('its entry, given the staged files as pre-commit gives them, blocks a commit with a warning only', () => {
      const repo = repository(pkg, 'pre-commit', { 'src/maintenance.js': maintenance, 'src/reports.js': noAllow });
      const clean = bash(pkg, repo, `${hook.entry} src/maintenance.js`);
      assert.strictEqual(clean.status, 0, clean.stderr);
      assert.match(clean.stdout, /^src\/maintenance\.js:2:\d+ hint prefer-503-for-unavailable /m);
      const blocked = bash(pkg, repo, `${hook.entry} src/maintenance.js src/reports.js`);
      assert.strictEqual(blocked.status, 1, blocked.stderr);
      assert.match(blocked.stdout, /^src\/reports\.js:1:\d+ warning required-header-missing /m);
    });
  });
});
