// The cheat sheet webview: a searchable list of codes (ARIA combobox + listbox), a card per code and a
// quiz tab. Data arrives from the extension in a message; the view state survives hide/show through
// getState/setState.
import './style.css';
import type { Dataset, StatusCodeEntry } from '../../../../server/src/service/dataset';
import { CheatSheetToHost, HostToCheatSheet } from '../shared/messages';
import { hostBridge } from '../shared/vscodeApi';
import { append, clear, h } from '../shared/dom';
import { CodeItem, Filters, codeItems, defaultFilters, describeResult, filterCodes } from './filterCodes';
import { QuizQuestion, QuizState, answer, newQuizState, nextQuestion, quizQuestions } from './quiz';
import { renderCard } from './card';
import { renderQuiz } from './quizPanel';

interface ViewState {
  version: 1;
  tab: 'codes' | 'quiz';
  query: string;
  filters: Filters;
  activeId?: string;
  selected?: { code: number; meaningIndex: number };
  quiz: QuizState;
}

const host = hostBridge<CheatSheetToHost, ViewState>();

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

function initialState(): ViewState {
  const saved = host.getState();
  if (saved && saved.version === 1) return saved;
  return { version: 1, tab: 'codes', query: '', filters: { ...defaultFilters }, quiz: newQuizState(randomSeed()) };
}

const state = initialState();
let dataset: Dataset | undefined;
let items: CodeItem[] = [];
let questions: QuizQuestion[] = [];
let visibleIds: string[] = [];

function save(): void {
  host.setState(state);
}

// ---- Static layout ----

const tabCodes = h('button', { type: 'button', role: 'tab', id: 'tab-codes', 'aria-controls': 'panel-codes' }, 'Codes');
const tabQuiz = h('button', { type: 'button', role: 'tab', id: 'tab-quiz', 'aria-controls': 'panel-quiz' }, 'Quiz');
const search = h('input', {
  type: 'search', id: 'search', role: 'combobox', 'aria-expanded': 'true', 'aria-controls': 'code-list',
  'aria-autocomplete': 'list', 'aria-label': 'Search status codes by number, name or words',
  placeholder: 'Search: 404, gateway, rate limit…', autocomplete: 'off', spellcheck: 'false',
});
const scopeStandard = h('input', { type: 'radio', name: 'scope', id: 'scope-standard', value: 'standard' });
const scopeAll = h('input', { type: 'radio', name: 'scope', id: 'scope-all', value: 'all' });
const hideRetired = h('input', { type: 'checkbox', id: 'hide-retired' });
const status = h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }, 'Loading status codes…');
const list = h('div', { id: 'code-list', class: 'code-list', role: 'listbox', tabindex: 0, 'aria-label': 'Status codes' });
const cardHost = h('div', { id: 'card', class: 'card-host', hidden: true });
const listHost = h('div', { class: 'list-host' },
  h('fieldset', { class: 'filters' },
    h('legend', {}, 'Show'),
    h('label', {}, scopeStandard, ' Standard only'),
    h('label', {}, scopeAll, ' Include vendor codes'),
    h('label', {}, hideRetired, ' Hide unused and obsolete')),
  status, list);
const panelCodes = h('section', { id: 'panel-codes', role: 'tabpanel', 'aria-labelledby': 'tab-codes' },
  h('div', { class: 'search-row' }, search), listHost, cardHost);
const panelQuiz = h('section', { id: 'panel-quiz', role: 'tabpanel', 'aria-labelledby': 'tab-quiz', tabindex: 0 });
const errorBox = h('div', { class: 'error', role: 'alert', hidden: true });

append(document.body, [
  h('main', { class: 'cheat-sheet' },
    h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Cheat sheet' }, tabCodes, tabQuiz),
    errorBox, panelCodes, panelQuiz),
]);

// ---- Tabs ----

function showTab(tab: ViewState['tab'], focus = false): void {
  state.tab = tab;
  save();
  for (const [button, panel, name] of [[tabCodes, panelCodes, 'codes'], [tabQuiz, panelQuiz, 'quiz']] as const) {
    const selected = name === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    panel.hidden = !selected;
    if (selected && focus) button.focus();
  }
  if (tab === 'quiz') renderQuizPanel();
}

tabCodes.addEventListener('click', () => showTab('codes'));
tabQuiz.addEventListener('click', () => showTab('quiz'));
for (const tab of [tabCodes, tabQuiz]) {
  tab.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      showTab(state.tab === 'codes' ? 'quiz' : 'codes', true);
    }
  });
}

// ---- The list ----

function optionId(id: string): string {
  return `option-${id}`;
}

function renderList(): void {
  if (!dataset) return;
  const result = filterCodes(dataset, items, state.query, state.filters);
  clear(list);
  visibleIds = [];
  for (const group of result.groups) {
    const headerId = `group-${group.key.replace(/[^a-z0-9-]/gi, '-')}`;
    const options = group.items.map((item) => {
      visibleIds.push(item.id);
      const option = h('div', { role: 'option', id: optionId(item.id), class: 'option', 'aria-selected': 'false', 'data-code': item.code },
        h('span', { class: 'code' }, item.code),
        h('span', { class: 'text' },
          h('span', { class: 'name' }, item.meaning.name),
          (result.mode === 'ranked' || group.key === 'vendor:other') && !item.standard ? h('span', { class: 'tag' }, dataset?.sources?.[item.meaning.source]?.name ?? item.meaning.source) : null,
          item.retired ? h('span', { class: 'tag' }, item.meaning.registry?.status ?? '') : null,
          h('span', { class: 'summary' }, item.meaning.summary)));
      option.addEventListener('click', () => { setActive(item.id); openCard(item.code, item.meaningIndex); });
      return option;
    });
    list.appendChild(h('div', { role: 'group', class: 'group', 'aria-labelledby': headerId },
      h('div', { role: 'presentation', class: 'group-title', id: headerId }, group.title), options));
  }
  if (result.count === 0) list.appendChild(h('div', { class: 'empty', role: 'presentation' }, 'No status code matches.'));
  status.textContent = describeResult(result, state.query);
  if (!state.activeId || !visibleIds.includes(state.activeId)) state.activeId = visibleIds[0];
  setActive(state.activeId, false);
}

function setActive(id: string | undefined, scroll = true): void {
  state.activeId = id;
  save();
  list.querySelectorAll('[aria-selected="true"]').forEach((selected) => selected.setAttribute('aria-selected', 'false'));
  const option = id ? document.getElementById(optionId(id)) : null;
  if (option) {
    option.setAttribute('aria-selected', 'true');
    search.setAttribute('aria-activedescendant', option.id);
    list.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  } else {
    search.removeAttribute('aria-activedescendant');
    list.removeAttribute('aria-activedescendant');
  }
}

function moveActive(delta: number | 'first' | 'last'): void {
  if (visibleIds.length === 0) return;
  const current = state.activeId ? visibleIds.indexOf(state.activeId) : -1;
  let next: number;
  if (delta === 'first') next = 0;
  else if (delta === 'last') next = visibleIds.length - 1;
  else next = Math.min(visibleIds.length - 1, Math.max(0, (current < 0 ? -1 : current) + delta));
  setActive(visibleIds[next]);
}

function openActive(): void {
  const item = items.find((i) => i.id === state.activeId);
  if (item) openCard(item.code, item.meaningIndex);
}

/** Keys shared by the search box (combobox) and the list itself. */
function listKeys(event: KeyboardEvent, inSearch: boolean): void {
  const moves: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
  if (!inSearch) Object.assign(moves, { Home: 'first', End: 'last' });
  if (event.key in moves) {
    event.preventDefault();
    moveActive(moves[event.key]);
  } else if (event.key === 'Enter' || (!inSearch && event.key === ' ')) {
    event.preventDefault();
    openActive();
  } else if (event.key === 'Escape') {
    if (state.query) {
      event.preventDefault();
      event.stopPropagation();
      search.value = '';
      onQuery();
    }
    search.focus();
  }
}

function onQuery(): void {
  state.query = search.value;
  state.activeId = undefined;
  save();
  renderList();
}

search.addEventListener('input', onQuery);
search.addEventListener('keydown', (event) => listKeys(event, true));
list.addEventListener('keydown', (event) => listKeys(event, false));

function applyFilters(): void {
  state.filters = { scope: scopeStandard.checked ? 'standard' : 'all', hideRetired: hideRetired.checked };
  save();
  renderList();
}
for (const input of [scopeStandard, scopeAll, hideRetired]) input.addEventListener('change', applyFilters);

// ---- The card ----

function entryOf(code: number): StatusCodeEntry | undefined {
  return dataset?.codes.find((entry) => entry.code === code);
}

function openCard(code: number, meaningIndex = 0, focus = true): void {
  const entry = entryOf(code);
  if (!dataset || !entry || !entry.meanings?.length) {
    status.textContent = `${code} is not in the dataset.`;
    return;
  }
  state.selected = { code, meaningIndex };
  save();
  clear(cardHost);
  cardHost.appendChild(renderCard(dataset, entry, meaningIndex, {
    back: closeCard,
    insert: (c) => host.post({ type: 'insert', code: c }),
    copy: (text) => host.post({ type: 'copy', text }),
    openExternal: (url) => host.post({ type: 'openExternal', url }),
    compare: (codes) => host.post({ type: 'compare', codes }),
    showCode: (c) => openCard(c),
  }));
  listHost.hidden = true;
  cardHost.hidden = false;
  if (focus) cardHost.querySelector<HTMLElement>('h2')?.focus();
}

function closeCard(): void {
  const code = state.selected?.code;
  state.selected = undefined;
  save();
  cardHost.hidden = true;
  clear(cardHost);
  listHost.hidden = false;
  const item = items.find((i) => i.code === code && visibleIds.includes(i.id));
  if (item) setActive(item.id);
  search.focus();
}

cardHost.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    closeCard();
  }
});

// ---- The quiz ----

function renderQuizPanel(): void {
  clear(panelQuiz);
  if (!dataset) return;
  const update = (next: QuizState, focusSelector?: string): void => {
    state.quiz = next;
    save();
    renderQuizPanel();
    if (focusSelector) panelQuiz.querySelector<HTMLElement>(focusSelector)?.focus();
  };
  append(panelQuiz, renderQuiz(questions, state.quiz, {
    answer: (code) => update(answer(questions, state.quiz, code), '#quiz-next'),
    next: () => update(nextQuestion(state.quiz), '.choice'),
    reset: () => update(newQuizState(randomSeed()), '.choice'),
  }));
}

// ---- Messages from the extension ----

function restoreControls(): void {
  search.value = state.query;
  scopeStandard.checked = state.filters.scope === 'standard';
  scopeAll.checked = state.filters.scope !== 'standard';
  hideRetired.checked = state.filters.hideRetired;
}

window.addEventListener('message', (event: MessageEvent<HostToCheatSheet>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  switch (message.type) {
    case 'dataset':
      dataset = message.dataset;
      items = codeItems(dataset);
      questions = quizQuestions(dataset);
      errorBox.hidden = true;
      restoreControls();
      renderList();
      if (state.selected) openCard(state.selected.code, state.selected.meaningIndex, false);
      if (state.tab === 'quiz') renderQuizPanel();
      break;
    case 'datasetError':
      errorBox.textContent = `The status code data could not be loaded: ${message.message}`;
      errorBox.hidden = false;
      status.textContent = '';
      break;
    case 'showCode':
      showTab('codes');
      openCard(message.code);
      break;
    case 'focus':
      // Shown again as it was left: the quiz stays on the quiz, an open card stays open.
      if (state.tab === 'quiz') tabQuiz.focus();
      else if (state.selected) cardHost.querySelector<HTMLElement>('h2')?.focus();
      else search.focus();
      break;
  }
});

restoreControls();
showTab(state.tab);
host.post({ type: 'ready' });

