// The workspace index's files on disk (Node only: main.ts hands it to the server; the web worker has
// none). The same walk as `scan` (server/src/cli/walkFiles.ts): .gitignore, node_modules and VCS
// folders, no symlinks; plus the editor's `files.exclude`, the size limit, binary and unknown kinds.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import ignore from 'ignore';
import { isIgnoredPath, isSkipped, walkPaths } from './cli/walkFiles';
import { indexableText, indexInChildProcess } from './indexWorker';
import { WorkspaceFiles } from './workspaceIndexFeature';

/** `inChildProcess`: each build walks, reads and analyses in a child process (indexWorker.ts). */
export function createNodeWorkspaceFiles(inChildProcess = true): WorkspaceFiles {
  return {
    ...(inChildProcess ? { indexAll: indexInChildProcess } : {}),

    async list(folderUris, exclude) {
      const out: string[] = [];
      for (const folder of folderUris) {
        const root = filePath(folder);
        if (!root || !fs.existsSync(root)) continue;
        const excluded = excludeMatcher(root, exclude);
        for (const entry of walkPaths([root], root, (absolute, isDir) => excluded(absolute, isDir))) {
          if (!isSkipped(entry)) out.push(pathToFileURL(entry.absolute).href);
        }
      }
      return out;
    },

    includes(uri, folderUris, exclude) {
      const file = filePath(uri);
      if (!file) return false;
      for (const folder of folderUris) {
        const root = filePath(folder);
        if (!root || path.relative(root, file).startsWith('..')) continue;
        if (isIgnoredPath(file, root)) return false;
        const excluded = excludeMatcher(root, exclude);
        // files.exclude names folders too: any folder on the way excludes the file.
        const rel = path.relative(root, file).split(path.sep);
        for (let i = 1; i <= rel.length; i++) {
          if (excluded(path.join(root, ...rel.slice(0, i)), i < rel.length)) return false;
        }
        return true;
      }
      return false;
    },

    async read(uri, maxBytes) {
      const file = filePath(uri);
      if (!file) return undefined;
      try {
        const stat = await fs.promises.stat(file);
        if (!stat.isFile() || stat.size > maxBytes) return undefined;
        return indexableText(file, await fs.promises.readFile(file));
      } catch {
        return undefined; // gone or unreadable: not in the index
      }
    },
  };
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** `files.exclude` globs (VS Code's glob syntax) as gitignore rules relative to the folder. */
function excludeMatcher(root: string, globs: readonly string[]): (absolute: string, isDir: boolean) => boolean {
  if (globs.length === 0) return () => false;
  const rules = ignore().add(globs.flatMap(expandBraces));
  return (absolute, isDir) => {
    const rel = path.relative(root, absolute).split(path.sep).join('/');
    return !!rel && !rel.startsWith('..') && rules.ignores(isDir ? `${rel}/` : rel);
  };
}

/** `**\/*.{js,map}` → `**\/*.js`, `**\/*.map` (gitignore rules have no braces). */
export function expandBraces(glob: string): string[] {
  const match = /\{([^{}]*)\}/.exec(glob);
  if (!match) return [glob];
  return match[1].split(',').flatMap((choice) => expandBraces(glob.slice(0, match.index) + choice + glob.slice(match.index + match[0].length)));
}
