// The comparison panel: the codes' request flows lined up by actor, a side-by-side table of the chosen
// codes, then the curated key insight and decision guide when the dataset has one. The model is built
// by the extension and arrives in a message.
import './style.css';
import { ComparedCode, CompareState, CompareToHost, ComparisonModel, HostToCompare } from '../shared/messages';
import { hostBridge } from '../shared/vscodeApi';
import { append, button, clear, h } from '../shared/dom';
import { renderFlowComparison } from '../shared/flowDiagram';

const host = hostBridge<CompareToHost, CompareState>();
const root = h('main', { class: 'compare', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Loading the comparison…'));
document.body.appendChild(root);

function list(items: string[]): HTMLElement | string {
  if (items.length === 0) return '—';
  if (items.length === 1) return items[0];
  return h('ul', {}, items.map((item) => h('li', {}, item)));
}

const rows: [string, (c: ComparedCode) => HTMLElement | string][] = [
  ['Name', (c) => c.name],
  ['Class', (c) => c.className],
  ['Meaning', (c) => h('div', {}, h('p', { class: 'summary' }, c.summary), c.description ? h('p', {}, c.description) : null)],
  ['When to use', (c) => list(c.whenToUse)],
  ['Common causes', (c) => list(c.commonCauses)],
  ['Headers', (c) => list(c.headers)],
  ['Cacheable', (c) => (c.cacheable ? 'Yes, by default' : 'No')],
  ['Body', (c) => (c.bodyAllowed ? 'May carry content' : 'No content')],
];

function render(model: ComparisonModel): void {
  // Kept by VS Code: after a window reload the panel comes back with the same codes.
  host.setState({ codes: [...model.codes.map((c) => c.code), ...model.unknown] });
  clear(root);
  const title = model.codes.map((c) => c.code).join(' vs ');
  append(root, [
    h('h1', {}, `Compare ${title}`),
    model.unknown.length ? h('p', { class: 'error' }, `Not in the dataset: ${model.unknown.join(', ')}`) : null,
  ]);
  // The picture first: who sent each code and where it failed, before the texts.
  if (model.flows) root.appendChild(renderFlowComparison(model.codes, model.flows));
  if (model.codes.length > 0) {
    root.appendChild(h('div', { class: 'table-scroll' }, h('table', { class: 'comparison' },
      h('caption', { class: 'hint' }, `Side by side: ${title}`),
      h('thead', {}, h('tr', {},
        h('td', {}),
        model.codes.map((c) => h('th', { scope: 'col' },
          button(String(c.code), () => host.post({ type: 'showCode', code: c.code }), { class: 'link-button code', title: `Show ${c.code} in the cheat sheet` }),
          ' ', c.name)))),
      h('tbody', {}, rows.map(([label, cell]) => h('tr', {},
        h('th', { scope: 'row' }, label),
        model.codes.map((c) => h('td', {}, cell(c))))),
      h('tr', {}, h('th', { scope: 'row' }, 'Links'),
        model.codes.map((c) => h('td', { class: 'links' },
          c.spec?.url ? button(c.spec.title || 'Spec', () => host.post({ type: 'openExternal', url: c.spec!.url }), { class: 'link-button', title: c.spec.url }) : null,
          c.mdn ? button('MDN', () => host.post({ type: 'openExternal', url: c.mdn! }), { class: 'link-button', title: c.mdn }) : null)))),
    )));
  }
  const curated = model.curated;
  if (curated) {
    root.appendChild(h('section', { class: 'curated', 'aria-labelledby': 'curated-title' },
      h('h2', { id: 'curated-title' }, curated.title),
      curated.exact ? null : h('p', { class: 'hint' }, `From the comparison of ${curated.codes.join(', ')}.`),
      h('h3', {}, 'Key insight'),
      h('p', { class: 'key-insight' }, curated.keyInsight),
      curated.decisionGuide.length ? [
        h('h3', {}, 'Decision guide'),
        h('table', { class: 'decision-guide' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Code'), h('th', { scope: 'col' }, 'Use it when'))),
          h('tbody', {}, curated.decisionGuide.map((line) => h('tr', {},
            h('th', { scope: 'row' }, h('span', { class: 'code' }, line.code), ' ', line.name),
            h('td', {}, line.useWhen))))),
      ] : null,
    ));
  } else if (model.codes.length > 1) {
    root.appendChild(h('p', { class: 'hint' }, 'No curated comparison covers these codes; the table shows each code\'s own texts.'));
  }
}

window.addEventListener('message', (event: MessageEvent<HostToCompare>) => {
  const message = event.data;
  if (message && typeof message === 'object' && message.type === 'comparison') render(message.model);
});

host.post({ type: 'ready' });
