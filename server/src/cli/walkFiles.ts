// Walks the files and folders given to `scan`: folders recursively, in a stable order, honouring the
// .gitignore files of the folder and its parents up to the repository root, never entering
// node_modules or VCS folders, never following symlinks. What it leaves out it says, with the reason:
// a scan that is silent about a file it did not read looks like a scan that found nothing there.
import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';

export interface WalkedFile {
  /** For output: the path as given, joined with the path inside it. */
  display: string;
  /** For reading. */
  absolute: string;
  /** Named on the command line (not found by walking a folder): skipping it is worth a warning. */
  explicit?: boolean;
}

/** Why a file was not read: said in every output format (`skipped` in JSON, notifications in SARIF). */
export type SkipReason = 'too-large' | 'binary' | 'ignored' | 'unknown-kind' | 'not-a-file';

export interface SkippedFile {
  /** As `WalkedFile.display`; a folder skipped whole ends in `/`. */
  file: string;
  reason: SkipReason;
  explicit?: boolean;
}

/** One entry of a walk, in walk order: a file to read, or what was left out and why. */
export type WalkEntry = WalkedFile | SkippedFile;

export function isSkipped(entry: WalkEntry): entry is SkippedFile {
  return 'reason' in entry;
}

/** Folders never entered: dependencies and tool caches (reported as ignored), VCS data (not reported). */
const ALWAYS_SKIPPED = new Set(['node_modules', '.vscode-test']);
const VCS_FOLDERS = new Set(['.git', '.hg', '.svn']);

/**
 * `scan` reads files up to this size by default (`--max-file-size` changes it): people point it at big
 * OpenAPI documents and logs (issue 22). The editor's limit is its own (`httpStatusLens.maxFileSizeKB`).
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

interface IgnoreScope { base: string; rules: Ignore }

/** The files to read under `paths`, in walk order. Throws ENOENT for a path that does not exist. */
export function walkFiles(paths: readonly string[], cwd = process.cwd()): WalkedFile[] {
  return walkPaths(paths, cwd).filter((e): e is WalkedFile => !isSkipped(e));
}

/**
 * Left out as `ignored` beyond .gitignore: the editor's `files.exclude` (the workspace index,
 * server/src/nodeWorkspaceFiles.ts). Given the absolute path; `isDir` for folders.
 */
export type ExtraExclude = (absolute: string, isDir: boolean) => boolean;

/** The files to read under `paths` and what was left out on the way, in walk order. Throws ENOENT for a missing path. */
export function walkPaths(paths: readonly string[], cwd = process.cwd(), exclude?: ExtraExclude): WalkEntry[] {
  const out: WalkEntry[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = fs.statSync(absolute); // throws ENOENT: the caller reports it
    if (stat.isDirectory()) {
      const shown = path.normalize(given);
      walkDirectory(absolute, shown === '.' || shown === `.${path.sep}` ? '' : shown, ancestorIgnores(absolute), out, exclude);
    } else if (stat.isFile()) {
      out.push({ display: given, absolute, explicit: true });
    } else {
      out.push({ file: given, reason: 'not-a-file', explicit: true }); // a FIFO or device: reading could block
    }
  }
  return out;
}

function walkDirectory(dir: string, display: string, scopes: IgnoreScope[], out: WalkEntry[], exclude?: ExtraExclude): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: skip it, as git does
  }
  // Looked for in the listing: most folders have none, and a failed read costs an exception each.
  const own = entries.some((entry) => entry.name === '.gitignore') ? readIgnore(dir) : undefined;
  const active = own ? [...scopes, own] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (VCS_FOLDERS.has(entry.name)) continue;
    const full = childPath(dir, entry.name);
    const shown = display === '' ? entry.name : childPath(display, entry.name);
    const isDir = entry.isDirectory();
    if (ALWAYS_SKIPPED.has(entry.name)) {
      out.push({ file: isDir ? `${shown}/` : shown, reason: 'ignored' });
      continue;
    }
    if (!isDir && !entry.isFile()) {
      out.push({ file: shown, reason: 'not-a-file' }); // symlinks (never followed), sockets, devices
      continue;
    }
    if (isIgnored(full, isDir, active) || exclude?.(full, isDir)) {
      out.push({ file: isDir ? `${shown}/` : shown, reason: 'ignored' });
      continue;
    }
    if (isDir) walkDirectory(full, shown, active, out, exclude);
    else out.push({ display: shown, absolute: full });
  }
}

/**
 * `dir` (a normal path) joined with a name read from it. Not path.join: its normalising builds each
 * path from a dozen pieces, all kept for as long as the path is (issue 21: 15 MB of a 10,000-file
 * scan's 26 MB of live data were its paths).
 */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? `${dir}${name}` : `${dir}${path.sep}${name}`;
}

/**
 * Whether the walk of `root` would leave `file` out (a VCS or dependency folder on the way, or a
 * .gitignore rule): for a single file that changed on disk, without walking the tree again.
 */
export function isIgnoredPath(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return true;
  const parts = rel.split(path.sep);
  if (parts.some((p) => VCS_FOLDERS.has(p) || ALWAYS_SKIPPED.has(p))) return true;
  let scopes = ancestorIgnores(root);
  let dir = root;
  for (let i = 0; i < parts.length; i++) {
    const own = readIgnore(dir);
    if (own) scopes = [...scopes, own];
    const full = path.join(dir, parts[i]);
    if (isIgnored(full, i < parts.length - 1, scopes)) return true;
    dir = full;
  }
  return false;
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
  return chain.reverse().map(readIgnore).filter((s): s is IgnoreScope => s !== undefined)
    // A folder someone points at is read even when an outer .gitignore leaves it out (a build folder
    // opened as a workspace, a cache given to `scan`): that file's rules still hold below it, read
    // from the folder itself.
    .map((scope) => (isIgnored(dir, true, [scope]) ? { base: dir, rules: scope.rules } : scope));
}

/** Binary files hold a NUL byte early on (the heuristic git and grep use). */
export function isBinary(buffer: Buffer): boolean {
  const end = Math.min(buffer.length, 8000);
  for (let i = 0; i < end; i++) if (buffer[i] === 0) return true;
  return false;
}
