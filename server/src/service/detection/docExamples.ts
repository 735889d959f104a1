// Code inside documentation (issue 14): JSDoc blocks (`/** … */`) and Python docstrings hold examples —
// `*   .expect(200)`, `>>> abort(404)`, ``HTTPRedirect(uri, status=302)`` — and JSDoc types that list
// statuses (`@param {301 | 302 | 307} status`). Line comments (`//`, `#`) are left alone: what is
// commented out there is code someone turned off, not an example.
//
// `docText` returns the text with everything but documentation blanked (same length, line breaks kept)
// and the documentation's markup (` * `, `>>> `, `... `, RST backquotes) blanked too, so the code detector
// can read the examples as code, at their own offsets.
import { blankOut } from './textScan';

/** Where documentation lies: [start, end) pairs of its content. */
export function docSpans(text: string, family: string): number[] {
  const spans: number[] = [];
  if (family === 'javascript' || family === 'java' || family === 'php' || family === 'csharp' || family === 'go' || family === 'rust') {
    for (let i = text.indexOf('/**'); i >= 0; i = text.indexOf('/**', i + 3)) {
      const end = text.indexOf('*/', i + 3);
      const stop = end < 0 ? text.length : end;
      // Not `/**/` and not inside a string (a doc opener is at a line's start, after blanks).
      if (stop > i + 3 && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', i) + 1, i))) spans.push(i + 3, stop);
      i = stop;
    }
  } else if (family === 'python') {
    // A triple-quoted string that is a statement of its own: a module, class or function docstring.
    const re = /^[ \t]*[rRuUbB]?("""|''')/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const open = m.index + m[0].length;
      const close = text.indexOf(m[1], open);
      const stop = close < 0 ? text.length : close;
      spans.push(open, stop);
      re.lastIndex = stop + 3;
    }
  }
  return spans;
}

/**
 * The text with only the documentation's content left, its markup blanked; undefined when there is none,
 * or when `worthReading` says no span's content is worth it — a file-sized blanked copy is then not built.
 * `worthReading` is asked of the content as written: unmarking only turns punctuation (and the letters
 * of a `:role:` between colons) into blanks, which makes no candidate a search could find.
 */
export function docText(text: string, family: string, worthReading?: (content: string) => boolean): string | undefined {
  const spans = docSpans(text, family);
  if (spans.length === 0) return undefined;
  const written: string[] = [];
  for (let k = 0; k < spans.length; k += 2) written.push(text.slice(spans[k], spans[k + 1]));
  if (worthReading && !written.some(worthReading)) return undefined;
  const contents = written.map(unmark);
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < spans.length; k += 2) {
    parts.push(blankOut(text, at, spans[k]), contents[k / 2]);
    at = spans[k + 1];
  }
  parts.push(blankOut(text, at, text.length));
  return parts.join('');
}


/** Blanks doc markup, keeping the length: leading ` * `, doctest prompts, RST/Markdown backquotes and roles. */
function unmark(doc: string): string {
  return doc
    .replace(/^([ \t]*)\*(?!\/)/gm, (_, indent: string) => `${indent} `)
    .replace(/^([ \t]*)(>>>|\.\.\.)(?= |$)/gm, (_, indent: string, prompt: string) => indent + ' '.repeat(prompt.length))
    .replace(/:(?:class|func|meth|exc|attr|data|obj):`/g, (m) => ' '.repeat(m.length))
    .replace(/`/g, ' ');
}

/** JSDoc types that list statuses for a status: `@param {301 | 302 | 307} status`, `@type {200 | 404}` on `status`. */
export function jsdocStatusTypes(doc: string): number[] {
  const starts: number[] = [];
  const re = /@(param|property|prop|arg|argument|type)\s*\{/g;
  for (let m = re.exec(doc); m; m = re.exec(doc)) {
    // The type runs to its matching brace (`{300 | 301 | ({} & number)}` holds braces of its own).
    const typeStart = m.index + m[0].length;
    let depth = 1;
    let k = typeStart;
    for (; k < doc.length && k < typeStart + 400 && depth > 0; k++) {
      if (doc[k] === '{') depth++;
      else if (doc[k] === '}') depth--;
      else if (doc[k] === '\n') break;
    }
    if (depth !== 0) continue;
    const type = doc.slice(typeStart, k - 1);
    const name = (/^\s*\[?([\w.$]*)/.exec(doc.slice(k, k + 80))?.[1] ?? '').toLowerCase();
    if (!/status|code$/.test(name)) continue;
    const union = /(?:^|[|\s(])([1-5]\d\d)(?=\s*(?:[|)]|$))/g;
    for (let u = union.exec(type); u; u = union.exec(type)) starts.push(typeStart + u.index + u[0].length - 3);
  }
  return starts;
}
