// The log summary view: status classes and codes as bars, requests over time as stacked SVG bars, the
// top paths per failing code, and each code explained. Everything from the log (paths, names) goes in
// as text nodes (../shared/dom.ts); sizes are set through the CSSOM, never through markup.
import './style.css';
import type { HostToLogSummary, LogSummaryModel, LogSummaryToHost } from '../../logSummary/logSummaryMessages';
import type { Timeline } from '../../../../server/src/service/logs/timeBuckets';
import { missingFieldNote } from '../../../../server/src/service/logs/logContext';
import { append, button, clear, h } from '../shared/dom';
import { hostBridge } from '../shared/vscodeApi';

const host = hostBridge<LogSummaryToHost, never>();
const root = h('main', { id: 'summary', 'aria-live': 'polite' }, h('p', { class: 'empty' }, 'Summarizing…'));
document.body.appendChild(root);

const classTitles: Record<string, string> = {
  '1xx': 'Informational', '2xx': 'Success', '3xx': 'Redirection', '4xx': 'Client Error', '5xx': 'Server Error',
};
const number = (n: number) => n.toLocaleString('en-US');

window.addEventListener('message', (event: MessageEvent<HostToLogSummary>) => {
  const message = event.data;
  if (message?.type === 'summary') render(message.model);
});
host.post({ type: 'ready' });

function render(model: LogSummaryModel): void {
  const s = model.summary;
  clear(root);
  const share = (n: number) => (s.requests > 0 ? `${((100 * n) / s.requests).toFixed(1)}%` : '');
  append(root, [
    h('header', {},
      h('h1', {}, 'Status codes — ', h('span', { class: 'file' }, model.fileName)),
      h('p', { class: 'meta', id: 'meta' },
        `${s.formatName} · ${number(s.requests)} requests in ${number(s.lines)} ${s.format === 'har' ? 'entries' : 'lines'}`,
        s.withoutStatus ? ` · ${number(s.withoutStatus)} without a status sent` : '',
        s.otherLines ? ` · ${number(s.otherLines)} other lines` : '',
        ` · ${size(model.bytes)} read in ${(model.elapsedMs / 1000).toFixed(1)} s`),
      button('Refresh', () => host.post({ type: 'refresh' }), { class: 'small', id: 'refresh' })),
  ]);
  if (s.requests === 0) {
    append(root, [h('p', { class: 'empty' }, s.format
      ? 'No requests with a status were found in this file.'
      : 'This file is not an access log, HAR file, .http file or curl transcript that HTTP Status Lens reads.')]);
    return;
  }

  // Classes
  const maxClass = Math.max(...Object.values(s.classes));
  append(root, [h('section', { id: 'classes', 'aria-label': 'Status classes' }, h('h2', {}, 'Status classes'),
    h('div', { class: 'bars' }, Object.entries(s.classes).filter(([, n]) => n > 0).map(([key, n]) =>
      barRow(`${key} ${classTitles[key]}`, n, maxClass, share(n), `c${key[0]}`, { 'data-class': key }))))]);

  // Codes
  const explained = new Map(s.explanations.map((e) => [e.code, e]));
  const maxCode = Math.max(...s.codes.map((c) => c.count));
  append(root, [h('section', { id: 'codes', 'aria-label': 'Status codes' }, h('h2', {}, 'Status codes'),
    h('div', { class: 'bars' }, s.codes.map((c) =>
      barRow(`${c.code} ${explained.get(c.code)?.name ?? ''}`.trim(), c.count, maxCode, share(c.count), `c${String(c.code)[0]}`, { 'data-code': c.code }))))]);

  if (s.timeline && s.timeline.buckets.length > 1) append(root, [timelineSection(s.timeline)]);

  // Top paths per failing code
  const failing = s.codes.filter((c) => c.topPaths && c.topPaths.length > 0);
  if (failing.length > 0) {
    append(root, [h('section', { id: 'paths', 'aria-label': 'Top paths per failing code' }, h('h2', {}, 'Top paths per failing code'),
      failing.map((c) => h('div', { class: 'paths', 'data-code': c.code },
        h('h3', {}, h('span', { class: `code c${String(c.code)[0]}` }, String(c.code)), ` ${explained.get(c.code)?.name ?? ''}`),
        h('table', {},
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Requests'), h('th', { scope: 'col' }, 'Path'))),
          h('tbody', {}, c.topPaths!.map((p) => h('tr', {},
            h('td', { class: 'count', title: p.maxOverestimate ? `at most ${number(p.maxOverestimate)} of these may belong to other paths` : undefined },
              `${p.maxOverestimate ? '≤ ' : ''}${number(p.count)}`),
            h('td', { class: 'path' }, p.path))))))))]);
  }

  if (s.secondary.length > 0) {
    append(root, [h('section', { id: 'secondary', 'aria-label': 'Other status fields' }, h('h2', {}, 'Other status fields'),
      s.secondary.map((f) => h('p', { 'data-field': f.field }, h('code', {}, f.field), ': ',
        f.codes.map((c) => `${c.code} × ${number(c.count)}`).join(', '),
        f.missing ? h('strong', { class: 'missing' }, `${f.codes.length ? ' · ' : ''}${number(f.missing)} where ${missingFieldNote(f.field)}`) : '')))]);
  }

  append(root, [h('section', { id: 'meanings', 'aria-label': 'What the codes mean' }, h('h2', {}, 'What the codes mean'),
    h('dl', {}, s.explanations.map((e) => [
      h('dt', { 'data-code': e.code },
        button(String(e.code), () => host.post({ type: 'lookup', code: e.code }), { class: `link-button code c${String(e.code)[0]}`, title: 'Open in the cheat sheet' }),
        ` ${e.name ?? '(not in the dataset)'}`,
        e.source && e.source !== 'iana' ? h('span', { class: 'source' }, ` · ${e.sourceName}`) : ''),
      h('dd', {}, e.summary ?? '', e.note ? h('p', { class: 'note' }, e.note) : ''),
    ])))]);
}

function barRow(label: string, count: number, max: number, percent: string, klass: string, attrs: Record<string, string | number>): HTMLElement {
  const fill = h('span', { class: `fill ${klass}` });
  fill.style.width = `${max > 0 ? Math.max(0.5, (100 * count) / max) : 0}%`;
  return h('div', { class: 'row', ...attrs },
    h('span', { class: 'label' }, label),
    h('span', { class: 'track', role: 'img', 'aria-label': `${label}: ${number(count)} (${percent})` }, fill),
    h('span', { class: 'count' }, number(count)),
    h('span', { class: 'share' }, percent));
}

const svgNs = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

function timelineSection(timeline: Timeline): HTMLElement {
  const barWidth = 10;
  const height = 100;
  const totals = timeline.buckets.map((b) => b.classes.reduce((a, x) => a + x, 0));
  const max = Math.max(...totals, 1);
  const chart = svg('svg', {
    viewBox: `0 0 ${timeline.buckets.length * barWidth} ${height}`, preserveAspectRatio: 'none', class: 'timeline',
    role: 'img', 'aria-label': `Requests per ${duration(timeline.bucketMs)} by status class`,
  });
  timeline.buckets.forEach((bucket, i) => {
    let y = height;
    const group = svg('g', {}, svg('title', {}, `${time(bucket.start)} (${duration(timeline.bucketMs)}): ` +
      bucket.classes.map((n, k) => (n ? `${k + 1}xx ${number(n)}` : '')).filter(Boolean).join(', ')));
    bucket.classes.forEach((n, k) => {
      if (n === 0) return;
      const barHeight = (height * n) / max;
      y -= barHeight;
      group.appendChild(svg('rect', { x: i * barWidth + 1, y, width: barWidth - 2, height: barHeight, class: `c${k + 1}` }));
    });
    chart.appendChild(group);
  });
  const legend = h('p', { class: 'legend' }, ['1xx', '2xx', '3xx', '4xx', '5xx'].map((k) =>
    h('span', {}, h('span', { class: `swatch c${k[0]}` }), ` ${k} `)));
  return h('section', { id: 'timeline', 'aria-label': 'Over time' },
    h('h2', {}, 'Over time'), legend, chart,
    h('p', { class: 'axis' }, h('span', {}, time(timeline.first)), h('span', {}, `one bar per ${duration(timeline.bucketMs)}`), h('span', {}, time(timeline.last))));
}

function time(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC');
}

function duration(ms: number): string {
  const units: [number, string][] = [[86400000, 'day'], [3600000, 'hour'], [60000, 'minute'], [1000, 'second']];
  for (const [unit, name] of units) if (ms % unit === 0) return ms === unit ? name : `${ms / unit} ${name}s`;
  return `${ms} ms`;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
