// esbuild plugin for the web bundles (dist/web/*): a browser's extension host and a web worker have no
// Node built-ins, so an import of one (fs, net, tls, child_process, worker_threads, path, …, with or
// without `node:`) fails the build, naming the importing file — also where a polyfill package of the
// same name would otherwise be bundled silently, and where a package's `browser` field does not map
// the import away (esbuild resolves those to empty modules before this check sees them).
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')));

/** `fs`, `node:fs`, `fs/promises`, `node:test`… → whether it names a Node built-in module. */
export function isNodeBuiltin(specifier) {
  const bare = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
  return specifier.startsWith('node:') || builtins.has(bare) || builtins.has(bare.split('/')[0]);
}

export function noNodeBuiltins(bundle) {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z0-9_:]+(\/[a-z0-9_]+)?$/ }, (args) => {
        if (args.kind === 'entry-point' || !isNodeBuiltin(args.path)) return undefined;
        return {
          errors: [{
            text: `${bundle} must not use the Node built-in "${args.path}" (imported by ${args.importer ? path.relative(process.cwd(), args.importer) : 'the entry'}); ` +
              'it runs in a browser: use a web API, or keep the code on the Node side',
          }],
        };
      });
    },
  };
}
