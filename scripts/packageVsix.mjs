// `npm run package`: the production build, then dist-vsix/http-status-lens.vsix with vsce.
//
// The README's pictures: VS Code's extension details page shows https pictures only (its markdown
// sanitizer drops relative and data: sources, and the page's CSP allows `img-src https: data:`), even
// for an extension installed from a .vsix with docs/images inside. So vsce rewrites the relative links
// to where the release's files are served over https. Until there is a repository (see the README's
// Publishing section) that is the npm package's copy on jsDelivr, which serves every file of a
// published npm package (the package ships docs/images for it); HSL_IMAGES_BASE_URL overrides it.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Where the README's `docs/images/…` are served for this version. */
export const imagesBaseUrl = process.env.HSL_IMAGES_BASE_URL ?? `https://cdn.jsdelivr.net/npm/${manifest.name}@${manifest.version}/`;

const out = path.join('dist-vsix', `${manifest.name}.vsix`);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, ['esbuild.mjs', '--production']);
fs.mkdirSync(path.join(root, 'dist-vsix'), { recursive: true });
run(path.join(root, 'node_modules', '.bin', 'vsce'), [
  'package', '--no-dependencies', '--allow-missing-repository', '--baseImagesUrl', imagesBaseUrl, '--out', out,
]);
