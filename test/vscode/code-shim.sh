#!/bin/sh
# Stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }):
# runs the extension's mocha suite in code-server's real node extension host (see codeShim.ts).
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.." || exit 1
exec node --import tsx "$here/codeShim.ts" "$@"
