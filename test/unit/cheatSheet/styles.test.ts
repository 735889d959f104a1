// Webview colours come only from --vscode-* variables (so every theme works): no literal colours.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../../client/src/webviews');
const files = ['shared/base.css', 'shared/flow.css', 'cheatSheet/style.css', 'compare/style.css'].map((f) => path.join(root, f));

describe('cheat sheet: styles', () => {
  it('use no literal colours', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklch|color)\(|\b(white|black|red|green|blue|yellow|gray|grey|orange|purple)\b/i;
    for (const file of files) {
      const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      css.split('\n').forEach((line, i) => {
        // Selectors may contain ids like #search; check only declaration values.
        // Variable names are not colours: --vscode-charts-blue is the theme's blue.
        const value = (/:\s*([^;{]*);/.exec(line)?.[1] ?? '').replace(/var\(--[a-zA-Z0-9-]+/g, 'var(');
        assert.ok(!literal.test(value), `${path.basename(file)}:${i + 1}: ${line.trim()}`);
      });
    }
  });

  it('name only --vscode-* variables (and our own --hsl-* spacing)', () => {
    for (const file of files) {
      for (const [, name] of fs.readFileSync(file, 'utf8').matchAll(/var\((--[a-zA-Z0-9-]+)/g)) {
        assert.match(name, /^--(vscode|hsl)-/, `${path.basename(file)}: ${name}`);
      }
    }
  });
});
