// fast-check generators of broken logs: real fixture lines with the edits real logs suffer — a stray or
// doubled quote, a field dropped or repeated, a field replaced by junk, a line cut short, lines glued.
import * as fc from 'fast-check';
import { fixture } from './marks';

export const logFixtures = ['nginx-access.log', 'alb.log', 'classic-elb.log', 'cloudfront.log', 'cloudflare.log', 'app.jsonl', 'sample.har', 'api.http', 'curl-verbose.txt'];

const lineFixtures = logFixtures.filter((name) => name !== 'sample.har');
const fixtureLines = lineFixtures.flatMap((name) => fixture(name).split(/\r?\n/).filter((line) => line.length > 0));

/** What real corruption inserts: quotes, escapes, separators, digits, brackets, odd Unicode. */
const junk = fc.constantFrom('"', '""', '\\"', '\\', ' ', '  ', '\t', '-', '0', '5', '404', '-1', '[', ']', '{', '}', ':', ',', '=', 'é', '\u2028', '\ud83d', '\u0000', 'HTTP/1.1', 'us=', 'x');

interface LineEdit {
  kind: 'insert' | 'replace' | 'cut' | 'dropField' | 'repeatField';
  /** Where a character edit happens, or which field a field edit takes (modulo the line). */
  at: number;
  text: string;
}

const lineEdit: fc.Arbitrary<LineEdit> = fc.record({
  kind: fc.constantFrom('insert' as const, 'replace' as const, 'cut' as const, 'dropField' as const, 'repeatField' as const),
  at: fc.nat(),
  text: fc.array(junk, { minLength: 1, maxLength: 3 }).map((t) => t.join('')),
});

function applyLineEdit(line: string, edit: LineEdit): string {
  if (edit.kind === 'dropField' || edit.kind === 'repeatField') {
    const fields = line.split(line.includes('\t') ? '\t' : ' ');
    const sep = line.includes('\t') ? '\t' : ' ';
    const i = edit.at % fields.length;
    if (edit.kind === 'dropField') fields.splice(i, 1);
    else fields.splice(i, 0, fields[i]);
    return fields.join(sep);
  }
  const at = edit.at % (line.length + 1);
  if (edit.kind === 'cut') return line.slice(0, at);
  if (edit.kind === 'insert') return line.slice(0, at) + edit.text + line.slice(at);
  return line.slice(0, at) + edit.text + line.slice(at + edit.text.length);
}

/** One fixture line (of any format) with up to four edits. */
export const mutatedLogLine = fc.tuple(fc.constantFrom(...fixtureLines), fc.array(lineEdit, { maxLength: 4 }))
  .map(([line, edits]) => edits.reduce(applyLineEdit, line));

/** A fixture file with random character edits: quotes, brackets, digits, line ends replaced, removed or inserted. */
export const mutatedLog = fc.record({
  name: fc.constantFrom(...logFixtures),
  edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.string({ unit: fc.constantFrom('"', '{', '}', '[', ']', '\\', ' ', '\t', '\n', '5', '0', '4', '-', ':', ',', 'é', '\u2028', '\ud83d', 'x'), maxLength: 6 }) }), { maxLength: 12 }),
}).map(({ name, edits }) => {
  let text = fixture(name);
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
  }
  return { name, text };
});
