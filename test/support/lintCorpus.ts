// Reads the diagnostics corpus (test/fixtures/lint/, issue 15): each file with the `line rule` pairs its
// `.expect` sidecar names. Shared by the corpus's scorer and the tests that sweep the corpus.
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', 'fixtures', 'lint');

export interface LintFile { framework: string; file: string; text: string; expected: string[] }

/** Every corpus file with its expected `line rule` pairs. */
export function loadLintCorpus(): LintFile[] {
  const files: LintFile[] = [];
  const walk = (framework: string, dir: string, rel: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      // Next.js route files live in folders (app/api/orders/route.ts): the path is part of the file.
      if (fs.statSync(full).isDirectory()) { walk(framework, full, `${rel}/${name}`); continue; }
      if (name.endsWith('.expect')) continue;
      const expected = fs.readFileSync(`${full}.expect`, 'utf8').split('\n')
        .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
        .map((l) => { const [line, rule] = l.split(/\s+/); return `${Number(line)} ${rule}`; });
      files.push({ framework, file: `${rel}/${name}`, text: fs.readFileSync(full, 'utf8'), expected });
    }
  };
  for (const framework of fs.readdirSync(root).sort()) {
    const dir = path.join(root, framework);
    if (fs.statSync(dir).isDirectory()) walk(framework, dir, framework);
  }
  return files;
}

