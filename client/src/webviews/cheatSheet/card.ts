// The full card of one status code: every meaning with everything the hover shows, and its actions.
import type { Dataset, StatusCodeEntry, StatusMeaning } from '../../../../server/src/service/dataset';
import { button, h } from '../shared/dom';
import { renderFlowFigure } from '../shared/flowDiagram';

export interface CardActions {
  back(): void;
  insert(code: number): void;
  copy(text: string): void;
  openExternal(url: string): void;
  compare(codes: number[]): void;
  showCode(code: number): void;
}

const registryLabels: Record<string, string> = {
  permanent: 'Permanent', temporary: 'Provisional', unused: 'Unused', obsolete: 'Obsolete',
};

export function renderCard(dataset: Dataset, entry: StatusCodeEntry, meaningIndex: number, actions: CardActions): HTMLElement {
  const primary = entry.meanings[0];
  const klass = (dataset.classes as Record<string, { title: string } | undefined>)[String(Math.floor(entry.code / 100))];
  const standard = entry.meanings.some((m) => m.source === 'iana' || dataset.sources?.[m.source]?.kind === 'standard');
  const titleId = `card-title-${entry.code}`;
  const links = linksOf(entry.meanings[meaningIndex] ?? primary);

  const card = h('section', { class: 'card', 'aria-labelledby': titleId },
    button('← All codes', actions.back, { class: 'link-button back', 'aria-keyshortcuts': 'Escape', title: 'Back to the list (Escape)' }),
    h('h2', { id: titleId, tabindex: -1 }, h('span', { class: 'code' }, entry.code), ' ', primary.name),
    h('p', { class: 'meta' }, [
      klass && standard ? klass.title : `Non-standard (${sourceName(dataset, primary.source)})`,
      primary.registry ? ` · ${registryLabels[primary.registry.status] ?? primary.registry.status} in the IANA registry` : '',
    ].join('')),
    h('div', { class: 'actions', role: 'toolbar', 'aria-label': `Actions for ${entry.code}` },
      button(`Insert ${entry.code}`, () => actions.insert(entry.code), { class: 'primary', title: 'Insert the code at the cursor of the active editor' }),
      button('Copy', () => actions.copy(String(entry.code)), { title: `Copy ${entry.code} to the clipboard` }),
      links.map((link) => button(link.label, () => actions.openExternal(link.url), { title: link.url })),
      button('Compare with…', () => actions.compare([entry.code])),
    ),
    entry.meanings.map((meaning, index) => renderMeaning(dataset, entry, meaning, index, entry.meanings.length > 1, actions)),
    renderRelated(dataset, entry, actions),
  );
  return card;
}

function sourceName(dataset: Dataset, source: string): string {
  return dataset.sources?.[source]?.name ?? source;
}

function linksOf(meaning: StatusMeaning): { label: string; url: string }[] {
  const links: { label: string; url: string }[] = [];
  if (meaning.spec?.url) links.push({ label: `Open ${meaning.spec.title || 'spec'}`, url: meaning.spec.url });
  if (meaning.mdn) links.push({ label: 'Open MDN', url: meaning.mdn });
  return links;
}

function list(items: string[] | undefined): HTMLElement | null {
  if (!items?.length) return null;
  return h('ul', {}, items.map((item) => h('li', {}, item)));
}

function section(title: string, body: HTMLElement | null): HTMLElement | null {
  if (!body) return null;
  return h('div', { class: 'card-section' }, h('h4', {}, title), body);
}

function renderMeaning(
  dataset: Dataset, entry: StatusCodeEntry, meaning: StatusMeaning, index: number, several: boolean, actions: CardActions,
): HTMLElement {
  const facts: [string, string][] = [];
  if (meaning.aliases?.length) facts.push(['Also known as', meaning.aliases.join(', ')]);
  if (meaning.registry) facts.push(['Registry', `${registryLabels[meaning.registry.status] ?? meaning.registry.status} · ${meaning.registry.reference}`]);
  if (meaning.headers?.length) facts.push(['Headers', meaning.headers.join(', ')]);
  facts.push(['Cacheable by default', meaning.cacheable ? 'Yes' : 'No']);
  facts.push(['Body', meaning.bodyAllowed ? 'May carry content' : 'No content']);
  if (meaning.onTheWire) facts.push(['On the wire', meaning.onTheWire]);
  if (meaning.sentToClient !== undefined) facts.push(['Sent to the client', meaning.sentToClient ? 'Yes' : 'No, only logged']);

  const links = index > 0 ? linksOf(meaning) : [];
  return h('article', { class: 'meaning', 'aria-label': `${entry.code} ${meaning.name} (${sourceName(dataset, meaning.source)})` },
    several ? h('h3', {}, `${sourceName(dataset, meaning.source)}: ${meaning.name}`) : null,
    h('p', { class: 'summary' }, meaning.summary),
    meaning.description ? h('p', {}, meaning.description) : null,
    renderFlowFigure(entry.code, meaning, dataset.actors),
    h('dl', { class: 'facts' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    section('When to use', list(meaning.whenToUse)),
    section('Common causes', list(meaning.commonCauses)),
    section('Sub-statuses', list(meaning.subStatuses?.map((sub) => `${sub.code} ${sub.name}`))),
    links.length ? h('div', { class: 'actions' }, links.map((link) => button(link.label, () => actions.openExternal(link.url), { title: link.url }))) : null,
  );
}

function renderRelated(dataset: Dataset, entry: StatusCodeEntry, actions: CardActions): HTMLElement | null {
  const names = new Map((dataset.codes ?? []).map((e) => [e.code, e.meanings?.[0]?.name ?? '']));
  const confused = [...new Set(entry.meanings.flatMap((m) => m.confusedWith ?? []))].filter((code) => code !== entry.code);
  const comparisons = (dataset.comparisons ?? []).filter((c) => c.codes?.includes(entry.code));
  if (!confused.length && !comparisons.length) return null;
  return h('div', { class: 'card-section related' },
    confused.length ? [
      h('h4', {}, 'Often confused with'),
      h('ul', { class: 'related-list' }, confused.map((code) => h('li', {},
        names.has(code)
          ? button(`${code} ${names.get(code)}`, () => actions.showCode(code), { class: 'link-button', title: `Show ${code}` })
          : h('span', {}, String(code)),
        ' ',
        button(`Compare ${entry.code} with ${code}`, () => actions.compare([entry.code, code]), { class: 'small' }),
      ))),
    ] : null,
    comparisons.length ? [
      h('h4', {}, 'Comparisons'),
      h('ul', { class: 'related-list' }, comparisons.map((comparison) => h('li', {},
        button(comparison.title || comparison.codes.join(' vs '), () => actions.compare(comparison.codes), { class: 'link-button' }),
      ))),
    ] : null,
  );
}
