// Walks the files and folders given to `scan`: folders recursively, in a stable order, honouring the
// .gitignore files of the folder and its parents up to the repository root, never entering
// node_modules or VCS folders, never following folder symlinks, and skipping binary files.
import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';

export interface WalkedFile {
  /** For output: the path as given, joined with the path inside it. */
  display: string;
  /** For reading. */
  absolute: string;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);

/** Files larger than this are skipped: generated bundles and data dumps, not code anyone hovers. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface IgnoreScope { base: string; rules: Ignore }

export function walkFiles(paths: readonly string[], cwd = process.cwd()): WalkedFile[] {
  const out: WalkedFile[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = fs.statSync(absolute); // throws ENOENT: the caller reports it
    if (stat.isDirectory()) {
      walkDirectory(absolute, given, ancestorIgnores(absolute), out);
    } else if (stat.isFile()) {
      out.push({ display: given, absolute });
    }
  }
  return out;
}

function walkDirectory(dir: string, display: string, scopes: IgnoreScope[], out: WalkedFile[]): void {
  const own = readIgnore(dir);
  const active = own ? [...scopes, own] : scopes;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: skip it, as git does
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (!isDir && !entry.isFile()) continue; // symlinks, sockets, devices
    if (isIgnored(full, isDir, active)) continue;
    const shown = path.join(display, entry.name);
    if (isDir) walkDirectory(full, shown, active, out);
    else out.push({ display: shown, absolute: full });
  }
}

function isIgnored(full: string, isDir: boolean, scopes: IgnoreScope[]): boolean {
  for (const scope of scopes) {
    const rel = path.relative(scope.base, full).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

function readIgnore(dir: string): IgnoreScope | undefined {
  const file = path.join(dir, '.gitignore');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { base: dir, rules: ignore().add(text) };
}

/** The .gitignore files above `dir`, up to the repository root (the folder holding .git). */
function ancestorIgnores(dir: string): IgnoreScope[] {
  const chain: string[] = [];
  let current = path.dirname(dir);
  let reachedRoot = fs.existsSync(path.join(dir, '.git'));
  while (!reachedRoot && current !== path.dirname(current)) {
    chain.push(current);
    if (fs.existsSync(path.join(current, '.git'))) reachedRoot = true;
    current = path.dirname(current);
  }
  if (!reachedRoot) return []; // not in a repository: only the folders' own .gitignore files count
  return chain.reverse().map(readIgnore).filter((s): s is IgnoreScope => s !== undefined);
}

/** Binary files hold a NUL byte early on (the heuristic git and grep use). */
export function isBinary(buffer: Buffer): boolean {
  const end = Math.min(buffer.length, 8000);
  for (let i = 0; i < end; i++) if (buffer[i] === 0) return true;
  return false;
}
