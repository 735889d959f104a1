// Request flows: who takes part in an exchange, where it goes wrong and which step produces the status.
// Pure: the hover, the CLI and the webviews all draw from these, so the one-line, text and drawn forms
// of a flow always agree. Data may come from a hand-edited dataset, so every reader tolerates bad shapes.
import { Dataset, FlowActor, FlowActorId, FlowStep, StatusMeaning } from './dataset';

/** The fixed set of actors, in the order a request meets them (the schema's enum). */
export const flowActorIds: readonly FlowActorId[] = ['client', 'cache', 'cdn', 'load-balancer', 'proxy', 'server', 'upstream', 'auth-server'];

/**
 * Rows of a comparison line up actors of the same tier: a CDN, a load balancer and a proxy all stand
 * between the client and the application, and an upstream is the server as a gateway sees it.
 */
const tierOf: Record<FlowActorId, string> = {
  client: 'client', cache: 'cache', cdn: 'intermediary', 'load-balancer': 'intermediary', proxy: 'intermediary',
  server: 'application', upstream: 'application', 'auth-server': 'auth',
};

export function isFlowActorId(value: unknown): value is FlowActorId {
  return typeof value === 'string' && (flowActorIds as readonly string[]).includes(value);
}

/** The well-formed steps of a meaning's flow; [] when it has none. */
export function flowSteps(meaning: Partial<StatusMeaning> | undefined): FlowStep[] {
  const flow: unknown = meaning?.flow;
  if (!Array.isArray(flow)) return [];
  return flow.filter((step): step is FlowStep =>
    typeof step === 'object' && step !== null && isFlowActorId(step.actor) && typeof step.does === 'string');
}

type Actors = Partial<Record<string, Partial<FlowActor>>> | undefined;

/** "Gateway / proxy" (or "Proxy" with `short`), falling back to the id when the dataset lacks the name. */
export function actorName(actors: Actors, id: FlowActorId, short = false): string {
  const actor = actors?.[id];
  const name = short ? actor?.short ?? actor?.name : actor?.name ?? actor?.short;
  return typeof name === 'string' && name.trim() ? name : id;
}

/** "the proxy", "the CDN", "the load balancer": the short name inside a sentence. */
function inSentence(actors: Actors, id: FlowActorId): string {
  const words = actorName(actors, id, true).split(' ').map((w) => (/^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase()));
  return `the ${words.join(' ')}`;
}

/** The step that produces the status: the one marked so, else the last. */
export function statusStepIndex(steps: readonly FlowStep[]): number {
  const at = steps.findIndex((s) => s.producesStatus === true);
  return at >= 0 ? at : steps.length - 1;
}

/** How the status leaves its step: "502 from the proxy", "499 logged by the proxy", "494 from the proxy, sent as 400". */
function outcome(code: number, meaning: Partial<StatusMeaning>, step: FlowStep, actors: Actors): string {
  const by = meaning.sentToClient === false ? 'logged by' : 'from';
  const sentAs = typeof step.sentAs === 'number' && step.sentAs !== code ? `, sent as ${step.sentAs}` : '';
  return `${code} ${by} ${inSentence(actors, step.actor)}${sentAs}`;
}

/**
 * The flow on one line, for hovers and lists: `Client → Proxy → ✕ Upstream ⇒ 502 from the proxy`,
 * then the first step after the status (a redirect's next request, a retry, the final response).
 */
export function flowLine(code: number, meaning: Partial<StatusMeaning> | undefined, actors: Actors): string | undefined {
  const steps = flowSteps(meaning);
  if (!meaning || steps.length === 0) return undefined;
  const at = statusStepIndex(steps);
  const path: { actor: FlowActorId; fails: boolean }[] = [];
  const add = (step: FlowStep) => {
    const last = path[path.length - 1];
    if (last?.actor === step.actor) last.fails ||= step.fails === true;
    else path.push({ actor: step.actor, fails: step.fails === true });
  };
  steps.slice(0, at).forEach(add);
  const producer = steps[at];
  // A status sent back by an actor already on the path needs no second name: "⇒ 502 from the proxy" says it.
  const earlier = path.slice(0, -1).some((p) => p.actor === producer.actor);
  if (!earlier || producer.fails) add(producer);
  const route = path.map((p) => `${p.fails ? '✕ ' : ''}${actorName(actors, p.actor, true)}`).join(' → ');
  let line = `${route} ⇒ ${outcome(code, meaning, producer, actors)}`;
  const next = steps[at + 1];
  if (next) line += ` · then ${actorName(actors, next.actor, true)} ${next.does}${steps.length > at + 2 ? ' …' : ''}`;
  return line;
}

/** What a step's marks mean, in words, for text alternatives. */
function stepNotes(code: number, meaning: Partial<StatusMeaning>, step: FlowStep): string[] {
  const notes: string[] = [];
  if (step.fails) notes.push('it fails here');
  if (step.producesStatus) notes.push(meaning.sentToClient === false ? `${code} is only logged here, never sent` : `${code} comes from here`);
  return notes;
}

/** The flow in sentences, one per step, for screen readers and plain text. */
export function flowSentences(code: number, meaning: Partial<StatusMeaning> | undefined, actors: Actors): string[] {
  const steps = flowSteps(meaning);
  if (!meaning) return [];
  return steps.map((step, i) => {
    const notes = stepNotes(code, meaning, step);
    return `Step ${i + 1}, ${actorName(actors, step.actor)}: ${step.does}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
  });
}

// ---- The drawn flow of one code: lanes (one per actor) and a path through them ----

export interface LaidOutStep {
  step: FlowStep;
  /** 0-based lane of the step's actor. */
  lane: number;
  /** Lane of the previous step: the path comes from there (undefined for the first step). */
  from?: number;
}

export interface FlowLayout {
  /** Actors in the order the flow first meets them: client first. */
  lanes: FlowActorId[];
  steps: LaidOutStep[];
}

export function flowLayout(steps: readonly FlowStep[]): FlowLayout {
  const lanes: FlowActorId[] = [];
  const laid: LaidOutStep[] = [];
  for (const step of steps) {
    if (!lanes.includes(step.actor)) lanes.push(step.actor);
    const lane = lanes.indexOf(step.actor);
    laid.push({ step, lane, from: laid.length ? laid[laid.length - 1].lane : undefined });
  }
  return { lanes, steps: laid };
}

// ---- Several flows side by side, lined up by actor ----

export interface AlignedRow {
  /** The actors in this row, in order of appearance (one, or several of the same tier). */
  actors: FlowActorId[];
  /** One cell per compared flow: its step in this row, or undefined when its path skips the row. */
  cells: (FlowStep | undefined)[];
  /** The compared flows do not all do the same here (a skipped row counts as different). */
  differs: boolean;
}

function sameStep(a: FlowStep | undefined, b: FlowStep | undefined): boolean {
  return a !== undefined && b !== undefined && a.actor === b.actor && a.does === b.does
    && Boolean(a.fails) === Boolean(b.fails) && Boolean(a.producesStatus) === Boolean(b.producesStatus);
}

/** How well a step fits a row: its own actor is there (2), an actor of its tier is (1), or it does not fit. */
function fit(row: { actors: FlowActorId[] }, step: FlowStep): number {
  if (row.actors.includes(step.actor)) return 2;
  return row.actors.some((a) => tierOf[a] === tierOf[step.actor]) ? 1 : -1;
}

/**
 * Lines up flows by actor: each flow is added to the rows so far by the best-scoring order-keeping
 * match (a longest common subsequence weighted by `fit`); steps that match nothing get rows of their
 * own, after the unmatched rows of the same stretch.
 */
export function alignFlows(flows: readonly (readonly FlowStep[])[]): AlignedRow[] {
  let rows: { actors: FlowActorId[]; cells: (FlowStep | undefined)[] }[] = [];
  flows.forEach((steps, column) => {
    const R = rows.length;
    const S = steps.length;
    const score: number[][] = Array.from({ length: R + 1 }, () => new Array<number>(S + 1).fill(0));
    for (let r = 1; r <= R; r++) {
      for (let s = 1; s <= S; s++) {
        const f = fit(rows[r - 1], steps[s - 1]);
        score[r][s] = Math.max(score[r - 1][s], score[r][s - 1], f > 0 ? score[r - 1][s - 1] + f : -Infinity);
      }
    }
    const merged: typeof rows = [];
    const emptyCells = () => new Array<FlowStep | undefined>(column).fill(undefined);
    let r = R;
    let s = S;
    while (r > 0 || s > 0) {
      const f = r > 0 && s > 0 ? fit(rows[r - 1], steps[s - 1]) : -1;
      if (f > 0 && score[r][s] === score[r - 1][s - 1] + f) {
        const row = rows[r - 1];
        const actors = row.actors.includes(steps[s - 1].actor) ? row.actors : [...row.actors, steps[s - 1].actor];
        merged.push({ actors, cells: [...row.cells, steps[s - 1]] });
        r--; s--;
      } else if (s > 0 && (r === 0 || score[r][s] === score[r][s - 1])) {
        // Walking backwards: a new step goes in first, so it lands after the unmatched rows of its stretch.
        merged.push({ actors: [steps[s - 1].actor], cells: [...emptyCells(), steps[s - 1]] });
        s--;
      } else {
        merged.push({ actors: rows[r - 1].actors, cells: [...rows[r - 1].cells, undefined] });
        r--;
      }
    }
    rows = merged.reverse();
  });
  return rows.map((row) => ({
    ...row,
    differs: row.cells.length > 1 && !row.cells.every((cell) => sameStep(cell, row.cells[0])),
  }));
}

/** A row's label: the actor's name, or the short names of the actors sharing it ("Server / Upstream"). */
export function rowLabel(row: { actors: readonly FlowActorId[] }, actors: Actors): string {
  return row.actors.length === 1 ? actorName(actors, row.actors[0]) : row.actors.map((a) => actorName(actors, a, true)).join(' / ');
}

/** The actors of a dataset, or undefined: for callers holding only part of one. */
export function datasetActors(dataset: Partial<Dataset> | undefined): Actors {
  return typeof dataset?.actors === 'object' && dataset.actors !== null ? dataset.actors : undefined;
}
