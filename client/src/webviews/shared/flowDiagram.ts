// Request-flow drawings: one code's path through its actors (cheat-sheet card) and several codes'
// flows lined up by actor (compare panel). Built with h() from data and placed with CSS classes only
// (the CSP allows no inline style; see flow.css). Each drawing is hidden from screen readers, and a
// text alternative beside it says the same in sentences.
import type { FlowActor, StatusMeaning } from '../../../../server/src/service/dataset';
import { actorName, flowLayout, flowSentences, flowSteps } from '../../../../server/src/service/requestFlow';
import type { ComparedFlows } from './messages';
import { h } from './dom';

type Actors = Partial<Record<string, Partial<FlowActor>>> | undefined;

/** What sits on a step's lane: ✕ where it fails, the code where the status comes from. */
function markText(code: number, step: { fails?: boolean; producesStatus?: boolean }): string {
  const parts = [step.fails ? '✕' : '', step.producesStatus ? String(code) : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : '●';
}

/** The path of one code: a lane per actor, a row per step with an arrow from the previous step's lane. */
export function renderFlowFigure(code: number, meaning: StatusMeaning, actors: Actors): HTMLElement | null {
  const steps = flowSteps(meaning);
  if (steps.length === 0) return null;
  const { lanes, steps: laid } = flowLayout(steps);
  const statusAt = steps.findIndex((s) => s.producesStatus === true);
  const grid = `flow-track lanes-${lanes.length}`;
  const lifelines = () => lanes.map((_, i) => h('span', { class: `flow-lifeline col-${i + 1}` }));
  return h('figure', { class: 'flow', 'aria-label': `Request flow of ${code} ${meaning.name}` },
    h('figcaption', { class: 'flow-caption' }, 'Request flow'),
    h('div', { class: 'flow-diagram', 'aria-hidden': 'true' },
      h('div', { class: `${grid} flow-heads` }, lanes.map((actor, i) =>
        h('span', { class: `flow-head col-${i + 1} actor-${actor}`, title: actorName(actors, actor) }, actorName(actors, actor, true)))),
      laid.map(({ step, lane, from }, i) => {
        const arrow = from !== undefined && from !== lane
          ? h('span', {
            class: `flow-arrow col-start-${Math.min(from, lane) + 1} col-end-${Math.max(from, lane) + 2} `
              + `span-${Math.abs(from - lane) + 1} ${lane > from ? 'rightward' : 'leftward'}${step.fails ? ' fails' : ''}`,
          })
          : null;
        const classes = ['flow-step', step.fails ? 'fails' : '', step.producesStatus ? 'sends-status' : '', statusAt >= 0 && i > statusAt ? 'after-status' : '']
          .filter(Boolean).join(' ');
        return h('div', { class: classes },
          h('div', { class: grid }, lifelines(), arrow,
            h('span', { class: `flow-mark col-${lane + 1} actor-${step.actor}` }, markText(code, step))),
          h('p', { class: 'flow-does' }, h('span', { class: 'flow-actor' }, actorName(actors, step.actor)), ' ', step.does));
      })),
    h('ol', { class: 'flow-alt visually-hidden' }, flowSentences(code, meaning, actors).map((s) => h('li', {}, s))),
  );
}

/** The compared codes' flows in a table, a row per actor, rows where they differ marked ≠. */
export function renderFlowComparison(codes: { code: number; name: string }[], flows: ComparedFlows): HTMLElement {
  const previous = new Array<boolean>(codes.length).fill(false);
  return h('section', { class: 'flows', 'aria-labelledby': 'flows-title' },
    h('h2', { id: 'flows-title' }, 'Request flows'),
    h('p', { class: 'hint', 'aria-hidden': 'true' }, 'Lined up by actor: ≠ marks the rows where the flows differ, ✕ where it fails, and the code where the status comes from.'),
    h('div', { class: 'table-scroll' }, h('table', { class: 'flow-compare', 'aria-hidden': 'true' },
      h('thead', {},
        h('tr', {}, h('td', {}), codes.map((c) => h('th', {}, h('span', { class: 'code' }, c.code), ' ', c.name))),
        h('tr', { class: 'flow-lines' }, h('td', {}), flows.lines.map((line) => h('td', { class: 'hint' }, line ?? '')))),
      h('tbody', {}, flows.rows.map((row) => h('tr', { class: row.differs ? 'differs' : 'same' },
        h('th', {}, h('span', { class: 'flow-differs' }, row.differs ? '≠' : ''), ' ', row.label),
        row.cells.map((cell, column) => {
          if (!cell) return h('td', { class: 'flow-cell skipped' }, '—');
          const after = previous[column];
          previous[column] = true;
          const classes = ['flow-cell', `actor-${cell.actor}`, cell.fails ? 'fails' : '', cell.producesStatus ? 'sends-status' : '', after ? 'continues' : '']
            .filter(Boolean).join(' ');
          return h('td', { class: classes },
            h('span', { class: 'flow-actor' }, cell.actorName),
            cell.fails || cell.producesStatus ? h('span', { class: 'flow-mark' }, markText(codes[column].code, cell)) : null,
            h('span', { class: 'flow-does' }, cell.does));
        })))))),
    h('div', { class: 'flow-alt visually-hidden' },
      h('p', {}, flows.differences),
      h('ul', {}, codes.map((c, i) => h('li', {}, `${c.code} ${c.name}: ${flows.sentences[i]?.join(' ') ?? ''}`)))),
  );
}
