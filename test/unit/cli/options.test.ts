// One argument parser for every command (issue 20): options come from each command's table, `--help` is
// written from it, and misuse is exit 2 with a message that names the option.
import * as assert from 'assert';
import { runCli } from '../../../server/src/cli/main';
import { commands } from '../../../server/src/cli/commands';
import { helpText, parseOptions } from '../../../server/src/cli/options';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli: one option table per command', () => {
  for (const command of commands) {
    it(`${command.name}: an unknown option is exit 2, names the option and prints the help`, async () => {
      const r = await cli([command.name, '--no-such-option', 'x']);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, new RegExp(`^http-status-lens ${command.name}: unknown option '--no-such-option'`));
      assert.ok(r.err.includes(command.help), 'the help follows the message');
      assert.strictEqual(r.out, '');
    });

    it(`${command.name}: --help is the help written from the table`, async () => {
      const r = await cli([command.name, '--help']);
      assert.strictEqual(r.code, 0);
      assert.strictEqual(r.out, command.help);
      assert.match(r.out, new RegExp(`^Usage: http-status-lens ${command.name}\\b`));
    });
  }

  it('every command spells --json the same way and describes it', () => {
    const withJson = commands.filter((c) => /--json/.test(c.help)).map((c) => c.name);
    assert.deepStrictEqual(withJson.sort(), ['check-url', 'compare', 'explain', 'map', 'summarize']);
  });

  const spec = {
    name: 'demo', summary: 'A demo.', synopsis: '<thing>', epilogue: 'Exit codes: 0 ok.',
    options: [
      { name: 'size', value: 'MB', description: 'a size\nsecond line' },
      { name: 'header', short: 'H', value: "'K: V'", multiple: true, description: 'repeatable' },
      { name: 'quiet', short: 'q', description: 'a flag' },
    ],
  };

  it('parses long, short, --name=value, repeated and positional arguments', () => {
    const parsed = parseOptions(spec, ['a', '--size=3', '-H', 'X: 1', '--header', 'Y: 2', '-q', 'b', '--', '--c']);
    assert.deepStrictEqual(parsed.positionals, ['a', 'b', '--c']);
    assert.deepStrictEqual({ ...parsed.values }, { size: '3', header: ['X: 1', 'Y: 2'], quiet: true });
  });

  it('says which option is wrong: unknown, missing value, a value for a flag, a value that looks like an option', () => {
    assert.throws(() => parseOptions(spec, ['--sise', '3']), { name: 'Error', message: "unknown option '--sise'" });
    assert.throws(() => parseOptions(spec, ['-z']), { message: "unknown option '-z'" });
    assert.throws(() => parseOptions(spec, ['--size']), { message: '--size needs a value (MB)' });
    assert.throws(() => parseOptions(spec, ['--quiet=yes']), { message: '--quiet takes no value' });
    assert.throws(() => parseOptions(spec, ['--size', '-3']), { message: "--size needs a value (MB); write --size=VALUE for a value that starts with '-'" });
  });

  it('an option with choices takes only those, and says them when the value is wrong or missing', () => {
    const withChoices = { ...spec, options: [{ name: 'format', value: 'F', choices: ['text', 'json'], description: 'output' }] };
    assert.deepStrictEqual({ ...parseOptions(withChoices, ['--format', 'json']).values }, { format: 'json' });
    assert.throws(() => parseOptions(withChoices, ['--format', 'xml']), { message: "--format needs one of: text, json; got 'xml'" });
    assert.throws(() => parseOptions(withChoices, ['--format']), { message: '--format needs one of: text, json' });
  });

  it('writes the help from the table: usage line, options aligned, long names on their own line', () => {
    assert.strictEqual(helpText(spec), [
      "Usage: http-status-lens demo <thing> [--size MB] [--header 'K: V']… [--quiet]",
      '',
      'A demo.',
      '',
      'Options:',
      '  --size MB         a size',
      '                    second line',
      "  -H, --header 'K: V'",
      '                    repeatable',
      '  -q, --quiet       a flag',
      '',
      'Exit codes: 0 ok.',
    ].join('\n'));
  });
});
