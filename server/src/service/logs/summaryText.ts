// The summary as plain text for a terminal: class and code bars, a sparkline over time, top paths per
// failing code, each code explained. Pure (the CLI prints it; tests read it).
import { ExplainedLogSummary } from './summaryExplanations';
import { missingFieldNote } from './logContext';

const barWidth = 28;
const sparks = '▁▂▃▄▅▆▇█';

export function summaryText(summary: ExplainedLogSummary, fileLabel: string): string {
  const out: string[] = [];
  const n = (x: number) => x.toLocaleString('en-US');
  const pct = (x: number) => (summary.requests > 0 ? `${((100 * x) / summary.requests).toFixed(1)}%` : '');
  const bar = (x: number, max: number) => '█'.repeat(max > 0 ? Math.max(x > 0 ? 1 : 0, Math.round((barWidth * x) / max)) : 0);
  out.push(`${fileLabel} — ${summary.formatName}`);
  const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
  out.push(`${summary.format === 'har' ? plural(summary.lines, 'entry', 'entries') : plural(summary.lines, 'line', 'lines')} · ${plural(summary.requests, 'request', 'requests')}` +
    (summary.withoutStatus ? ` · ${n(summary.withoutStatus)} without a status sent` : '') +
    (summary.otherLines - summary.notUnderstood ? ` · ${plural(summary.otherLines - summary.notUnderstood, 'other line', 'other lines')}` : '') +
    (summary.notUnderstood ? ` · ${n(summary.notUnderstood)} ${summary.notUnderstood === 1 ? 'line' : 'lines'} not understood` : ''));
  if (summary.requests === 0) return out.join('\n');

  out.push('', 'Status classes');
  const maxClass = Math.max(...Object.values(summary.classes));
  for (const [key, count] of Object.entries(summary.classes)) {
    if (count === 0) continue;
    out.push(`  ${key}  ${bar(count, maxClass).padEnd(barWidth)}  ${n(count).padStart(11)}  ${pct(count).padStart(6)}`);
  }

  const explained = new Map(summary.explanations.map((e) => [e.code, e]));
  out.push('', 'Status codes');
  const maxCode = Math.max(...summary.codes.map((c) => c.count));
  for (const c of summary.codes) {
    const e = explained.get(c.code);
    out.push(`  ${c.code}  ${(e?.name ?? '(unknown code)').slice(0, 28).padEnd(28)}  ${bar(c.count, maxCode).padEnd(barWidth)}  ${n(c.count).padStart(11)}  ${pct(c.count).padStart(6)}`);
  }

  const timeline = summary.timeline;
  if (timeline && timeline.buckets.length > 1) {
    out.push('', `Over time: ${iso(timeline.first)} → ${iso(timeline.last)}, one column per ${duration(timeline.bucketMs)}`);
    const totals = timeline.buckets.map((b) => b.classes.reduce((a, x) => a + x, 0));
    const errors = timeline.buckets.map((b) => b.classes[3] + b.classes[4]);
    const max = Math.max(...totals);
    const line = (values: number[]) => values.map((v) => (v === 0 ? ' ' : sparks[Math.max(0, Math.ceil((8 * v) / max) - 1)])).join('');
    out.push(`  all      ${line(totals)}`);
    out.push(`  4xx+5xx  ${line(errors)}`);
  }

  const failing = summary.codes.filter((c) => c.topPaths && c.topPaths.length > 0);
  if (failing.length > 0) {
    out.push('', 'Top paths per failing code');
    for (const c of failing) {
      out.push(`  ${c.code} ${explained.get(c.code)?.name ?? ''}`.trimEnd());
      for (const p of c.topPaths!) out.push(`    ${(p.maxOverestimate ? '≤' : '') + n(p.count)}`.padEnd(16) + p.path);
    }
  }

  for (const field of summary.secondary) {
    const parts = field.codes.map((c) => `${c.code} ×${n(c.count)}`);
    if (field.missing) parts.push(`${n(field.missing)} where ${missingFieldNote(field.field)}`);
    out.push('', `${field.field}: ${parts.join(', ')}`);
  }

  out.push('', 'What the codes mean');
  for (const e of summary.explanations) {
    const source = e.source && e.source !== 'iana' ? ` [${e.sourceName}]` : '';
    out.push(`  ${e.code} ${e.name ?? '(not in the dataset)'}${source}${e.summary ? ` — ${e.summary}` : ''}`);
    if (e.note) out.push(`      ${e.note}`);
  }
  return out.join('\n');
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function duration(ms: number): string {
  const units: [number, string][] = [[86400000, 'day'], [3600000, 'hour'], [60000, 'minute'], [1000, 'second']];
  for (const [size, name] of units) {
    if (ms % size === 0) {
      const k = ms / size;
      return k === 1 ? name : `${k} ${name}s`;
    }
  }
  return `${ms} ms`;
}
