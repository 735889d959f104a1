// Plain-text explanations and comparisons of status codes, for the CLI and any other text surface.
// Pure: takes the index, returns strings; no I/O.
import { Comparison, StatusCodeIndex, StatusMeaning } from './dataset';
import { actorName, alignFlows, flowLine, flowSteps, rowLabel } from './requestFlow';

const WIDTH = 88;

/** Word-wraps one paragraph to WIDTH columns, every line starting with `indent`. */
export function wrap(text: string, indent = '', width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function bullets(items: string[], indent: string): string[] {
  return items.map((item) => wrap(item, indent + '  ').replace(indent + '  ', indent + '- '));
}

/** "504 Gateway Timeout", or just "504" when the code is unknown. */
export function codeLabel(code: number, index: StatusCodeIndex): string {
  const meaning = index.primary(code);
  return meaning ? `${code} ${meaning.name}` : String(code);
}

function classLine(code: number, index: StatusCodeIndex): string {
  const klass = index.classOf(code);
  return klass ? `${Math.floor(code / 100)}xx ${klass.title}` : 'no class (status codes run from 100 to 599)';
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function meaningText(code: number, meaning: StatusMeaning, index: StatusCodeIndex, subStatus?: string): string[] {
  const out: string[] = [];
  out.push(`${code} ${meaning.name}  [${index.sourceName(meaning.source)}]`);
  const indent = '  ';
  if (meaning.aliases?.length) out.push(`${indent}Also known as: ${meaning.aliases.join(', ')}`);
  if (meaning.registry) out.push(`${indent}IANA registry: ${meaning.registry.status} · ${meaning.registry.reference}`);
  out.push(wrap(meaning.summary, indent));
  out.push('');
  out.push(wrap(meaning.description, indent));
  if (meaning.onTheWire) out.push(wrap(`On the wire: ${meaning.onTheWire}`, indent));
  out.push(...flowText(code, meaning, index, indent));
  if (meaning.whenToUse.length) out.push('', `${indent}When to use:`, ...bullets(meaning.whenToUse, indent + '  '));
  if (meaning.commonCauses.length) out.push('', `${indent}Common causes:`, ...bullets(meaning.commonCauses, indent + '  '));
  if (meaning.subStatuses?.length) {
    out.push('', `${indent}Sub-status codes (log-only):`);
    for (const sub of meaning.subStatuses) {
      out.push(`${indent}  ${sub.code === subStatus ? '>' : ' '} ${sub.code.padEnd(8)} ${sub.name}`);
    }
  }
  out.push('');
  if (meaning.headers.length) out.push(`${indent}Headers: ${meaning.headers.join(', ')}`);
  out.push(`${indent}Cacheable by default: ${yesNo(meaning.cacheable)} · Body allowed: ${yesNo(meaning.bodyAllowed)}`);
  if (meaning.confusedWith.length) {
    out.push(wrap(`Often confused with: ${meaning.confusedWith.map((c) => codeLabel(c, index)).join(', ')}`, indent));
  }
  if (meaning.spec) out.push(`${indent}Spec: ${meaning.spec.title} <${meaning.spec.url}>`);
  if (meaning.mdn) out.push(`${indent}MDN: <${meaning.mdn}>`);
  const source = index.dataset.sources[meaning.source];
  if (meaning.source !== 'iana' && source) out.push(`${indent}Source: ${source.name}${source.url ? ` <${source.url}>` : ''}`);
  return out;
}

/** "✕" where the exchange fails, "⇒" where the status comes from. */
function stepMarks(step: { fails?: boolean; producesStatus?: boolean }): string {
  return `${step.fails ? '✕' : ' '}${step.producesStatus ? '⇒' : ' '}`;
}

/**
 * The flow as text: its one-line form, then one numbered line per step.
 *   Request flow: Client → Proxy → ✕ Upstream ⇒ 502 from the proxy
 *      1. Client             sends the request
 *    ✕ 3. Upstream / origin  crashes, resets or sends invalid HTTP
 */
function flowText(code: number, meaning: StatusMeaning, index: StatusCodeIndex, indent: string): string[] {
  const line = flowLine(code, meaning, index.dataset.actors);
  const steps = flowSteps(meaning);
  if (!line || steps.length === 0) return [];
  const names = steps.map((step) => actorName(index.dataset.actors, step.actor));
  const width = Math.max(...names.map((n) => n.length));
  const rows = steps.map((step, i) => {
    const lead = `${indent}${stepMarks(step)} ${i + 1}. ${names[i].padEnd(width)}  `;
    return wrap(step.does, ' '.repeat(lead.length)).replace(' '.repeat(lead.length), lead);
  });
  return ['', wrap(`Request flow: ${line}`, indent), ...rows];
}

/**
 * Lays out cells in columns of `width`, breaking words longer than a column so the columns stay put.
 */
function columnLines(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => w.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * The flows of the compared codes lined up by actor: one line per code, then a grid with a row per
 * actor and a column per code, "≠" on the rows where they differ (when the columns fit in WIDTH).
 */
function flowsText(codes: number[], index: StatusCodeIndex): string[] {
  const actors = index.dataset.actors;
  const flows = codes.map((code) => ({ code, meaning: index.primary(code) }));
  const lines = flows.map(({ code, meaning }) => ({ code, line: flowLine(code, meaning, actors) }));
  if (lines.every((l) => !l.line)) return [];
  const out = ['', 'Request flows (✕ where it fails, ⇒ where the status comes from)'];
  for (const { code, line } of lines) {
    const lead = `  ${code}  `;
    out.push(wrap(line ?? 'no flow recorded', ' '.repeat(lead.length)).replace(' '.repeat(lead.length), lead));
  }
  const rows = alignFlows(flows.map(({ meaning }) => flowSteps(meaning)));
  const labels = rows.map((row) => rowLabel(row, actors));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const lead = 4 + labelWidth + 2;
  const gap = 2;
  const columnWidth = Math.floor((WIDTH - lead - gap * (codes.length - 1)) / codes.length);
  if (columnWidth < 12) {
    out.push('', '(Too many codes to line the flows up in columns; each code\'s steps: http-status-lens explain <code>.)');
    return out;
  }
  const pad = (text: string) => text.padEnd(columnWidth);
  out.push('', 'Lined up by actor (≠ where they differ):', ' '.repeat(lead) + codes.map((c) => pad(String(c))).join(' '.repeat(gap)).trimEnd());
  rows.forEach((row, r) => {
    const cells = row.cells.map((step) => (step ? columnLines(`${stepMarks(step).trim()} ${step.does}`.trim(), columnWidth) : ['—']));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      const label = i === 0 ? `  ${row.differs ? '≠' : ' '} ${labels[r].padEnd(labelWidth)}  ` : ' '.repeat(lead);
      out.push((label + cells.map((c) => pad(c[i] ?? '')).join(' '.repeat(gap))).trimEnd());
    }
  });
  return out;
}

/**
 * Everything known about one code: each meaning with its source, then the comparisons that include it.
 * Returns undefined when the dataset has no meaning for the code.
 */
export function explainText(code: number, index: StatusCodeIndex, subStatus?: string): string | undefined {
  const entry = index.get(code);
  if (!entry) return undefined;
  const out: string[] = [];
  const standard = index.isStandard(code);
  const count = entry.meanings.length;
  out.push(`${code} · ${classLine(code, index)} · ${standard ? 'registered with IANA' : 'not registered with IANA'}`
    + (count > 1 ? ` · ${count} meanings` : ''));
  if (subStatus) {
    const sub = entry.meanings.flatMap((m) => m.subStatuses ?? []).find((s) => s.code === subStatus);
    out.push(sub
      ? `${sub.code}: ${sub.name} (an IIS sub-status, written to the log only; the client receives ${code})`
      : `${subStatus}: no sub-status with this number is recorded; showing ${code}.`);
  }
  for (const meaning of entry.meanings) {
    out.push('', ...meaningText(code, meaning, index, subStatus));
  }
  const comparisons = index.comparisonsWith(code);
  if (comparisons.length) {
    out.push('', 'Compare:');
    for (const c of comparisons) out.push(`  http-status-lens compare ${c.codes.join(' ')}   ${c.title}`);
  }
  return out.join('\n');
}

/** The message for a well-formed code the dataset does not know (RFC 9110, Section 15: treat as x00). */
export function unknownCodeText(code: number, index: StatusCodeIndex): string {
  const klass = index.classOf(code);
  const base = Math.floor(code / 100) * 100;
  const lines = [`${code} is not a known HTTP status code: the IANA registry leaves it unassigned and no vendor meaning is recorded.`];
  if (klass) {
    lines.push(`It is in the ${Math.floor(code / 100)}xx class (${klass.title}). RFC 9110, Section 15 says a client must treat an`
      + ` unrecognised code like the x00 code of its class, here ${codeLabel(base, index)}.`);
  }
  return lines.map((l) => wrap(l)).join('\n');
}

export interface ComparisonResult {
  /** The curated comparison used, if any covers all the codes asked for. */
  comparison?: Comparison;
  text: string;
}

/** The key insight and decision guide for a set of codes; a side-by-side summary when no comparison is curated. */
export function compareText(codes: number[], index: StatusCodeIndex): ComparisonResult {
  const wanted = [...new Set(codes)];
  const comparison = index.findComparison(wanted);
  const out: string[] = [];
  const shown = comparison ? comparison.codes : [...wanted].sort((a, b) => a - b);
  out.push(comparison ? comparison.title : `Comparing ${shown.join(', ')}`, '');
  const width = Math.max(...shown.map((c) => codeLabel(c, index).length));
  for (const code of shown) {
    const meaning = index.primary(code);
    const label = codeLabel(code, index).padEnd(width);
    const source = meaning && meaning.source !== 'iana' ? ` [${index.sourceName(meaning.source)}]` : '';
    const body = wrap(`${meaning?.summary ?? 'unknown code'}${source}`, ' '.repeat(width + 4)).trimStart();
    out.push(`  ${label}  ${body}`);
  }
  out.push(...flowsText(shown, index));
  if (comparison) {
    out.push('', 'Key insight', wrap(comparison.keyInsight, '  '), '', 'Decision guide');
    for (const guide of comparison.decisionGuide) out.push(wrap(`Use ${guide.code} when ${guide.useWhen}`, '  '));
    const extra = comparison.codes.filter((c) => !wanted.includes(c));
    if (extra.length) out.push('', `(The closest curated comparison also covers ${extra.join(', ')}.)`);
  } else {
    out.push('', 'No curated comparison covers all of these codes.');
    const related = index.dataset.comparisons.filter((c) => c.codes.filter((x) => wanted.includes(x)).length >= 2);
    for (const c of related) out.push(`  http-status-lens compare ${c.codes.join(' ')}   ${c.title}`);
  }
  return { comparison, text: out.join('\n') };
}
