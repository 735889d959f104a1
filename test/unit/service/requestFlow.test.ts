// The forms a request flow takes: one line (hover, CLI), sentences (text alternative), lanes (the
// card's drawing) and several flows lined up by actor (compare view, CLI compare).
import * as assert from 'assert';
import { FlowStep, StatusMeaning } from '../../../server/src/service/dataset';
import {
  actorName, alignFlows, flowLayout, flowLine, flowSentences, flowSteps, rowLabel,
} from '../../../server/src/service/requestFlow';
import { realDataset } from '../../support/realDataset';

const dataset = realDataset();
const actors = dataset.actors;

function meaningOf(code: number, source = 'iana'): StatusMeaning {
  const meaning = dataset.codes.find((e) => e.code === code)?.meanings.find((m) => m.source === source);
  assert.ok(meaning, `${code} ${source}`);
  return meaning;
}

const step = (actor: FlowStep['actor'], does: string, marks: Partial<FlowStep> = {}): FlowStep => ({ actor, does, ...marks });
const tiny = (flow: unknown, extra: Partial<StatusMeaning> = {}) => ({ name: 'X', flow, ...extra }) as Partial<StatusMeaning>;

describe('request flows: one line', () => {
  it('502: the example of the issue', () => {
    assert.strictEqual(flowLine(502, meaningOf(502), actors), 'Client → Proxy → ✕ Upstream ⇒ 502 from the proxy');
  });

  it('500 and 503 fail at the server that sends them; 503 goes on with the retry', () => {
    assert.strictEqual(flowLine(500, meaningOf(500), actors), 'Client → ✕ Server ⇒ 500 from the server');
    assert.strictEqual(flowLine(503, meaningOf(503), actors), 'Client → ✕ Server ⇒ 503 from the server · then Client retries after the Retry-After delay');
  });

  it('a logged-only code says so; a code sent as another says that too', () => {
    assert.strictEqual(flowLine(499, meaningOf(499, 'nginx'), actors), 'Client → Proxy → Upstream → ✕ Client ⇒ 499 logged by the proxy');
    assert.strictEqual(flowLine(460, meaningOf(460, 'aws-elb'), actors), 'Client → Load balancer → Upstream → ✕ Client ⇒ 460 logged by the load balancer');
    assert.match(flowLine(494, meaningOf(494, 'nginx'), actors)!, /⇒ 494 from the proxy, sent as 400$/);
  });

  it('keeps acronyms in the sentence and marks "more follows" after the next step', () => {
    assert.strictEqual(flowLine(520, meaningOf(520, 'cloudflare'), actors), 'Client → CDN → ✕ Upstream ⇒ 520 from the CDN');
    assert.strictEqual(flowLine(301, meaningOf(301), actors),
      'Client → Server ⇒ 301 from the server · then Client asks again at Location, POST can become GET …');
  });

  it('built from the steps alone: a return to an actor on the path, a status made where it fails', () => {
    const flow = [step('client', 'asks'), step('server', 'fails', { fails: true }), step('client', 'reports 599', { producesStatus: true })];
    assert.strictEqual(flowLine(599, tiny(flow), actors), 'Client → ✕ Server ⇒ 599 from the client');
    const local = [step('client', 'asks'), step('client', 'blocks it with 450', { fails: true, producesStatus: true })];
    assert.strictEqual(flowLine(450, tiny(local), actors), '✕ Client ⇒ 450 from the client');
    const none = [step('client', 'asks'), step('server', 'answers 200')];
    assert.strictEqual(flowLine(200, tiny(none), actors), 'Client → Server ⇒ 200 from the server', 'no marked step: the last one');
  });

  it('tolerates bad data: no flow, broken steps, unknown actors, missing names', () => {
    assert.strictEqual(flowLine(200, tiny(undefined), actors), undefined);
    assert.strictEqual(flowLine(200, tiny('flow'), actors), undefined);
    assert.strictEqual(flowLine(200, undefined, actors), undefined);
    const messy = [null, 7, { actor: 'database', does: 'x' }, { actor: 'client' }, step('client', 'asks'), step('server', 'answers', { producesStatus: true })];
    assert.deepStrictEqual(flowSteps(tiny(messy)).map((s) => s.actor), ['client', 'server']);
    assert.strictEqual(flowLine(200, tiny(messy), undefined), 'client → server ⇒ 200 from the server');
    assert.strictEqual(actorName({ proxy: { name: ' ' } }, 'proxy'), 'proxy');
    assert.strictEqual(actorName({ proxy: { short: 'Proxy' } }, 'proxy'), 'Proxy');
  });
});

describe('request flows: text alternative', () => {
  it('says each step in a sentence, with where it fails and where the status comes from', () => {
    assert.deepStrictEqual(flowSentences(503, meaningOf(503), actors), [
      'Step 1, Client: sends the request.',
      'Step 2, Server / app: is overloaded or in maintenance, sends 503 (it fails here; 503 comes from here).',
      'Step 3, Client: retries after the Retry-After delay.',
    ]);
    assert.match(flowSentences(499, meaningOf(499, 'nginx'), actors)[4], /^Step 5, Gateway \/ proxy: logs 499 and sends nothing \(499 is only logged here, never sent\)\.$/);
  });
});

describe('request flows: lanes of the drawing', () => {
  it('one lane per actor in the order met, each step coming from the previous one\'s lane', () => {
    const layout = flowLayout(meaningOf(499, 'nginx').flow);
    assert.deepStrictEqual(layout.lanes, ['client', 'proxy', 'upstream']);
    assert.deepStrictEqual(layout.steps.map((s) => [s.from, s.lane]), [[undefined, 0], [0, 1], [1, 2], [2, 0], [0, 1]]);
  });

  it('never needs more lanes than the stylesheet draws (six)', () => {
    for (const entry of dataset.codes) for (const m of entry.meanings) assert.ok(flowLayout(m.flow).lanes.length <= 6, `${entry.code} ${m.source}`);
  });
});

describe('request flows: lined up by actor', () => {
  const rows = (codes: number[]) => alignFlows(codes.map((c) => meaningOf(c).flow));
  const summary = (codes: number[]) => rows(codes).map((row) => `${row.differs ? '≠ ' : ''}${rowLabel(row, actors)}: `
    + row.cells.map((cell) => (cell ? `${cell.fails ? '✕' : ''}${cell.producesStatus ? '⇒' : ''}${cell.actor}` : '—')).join(' | '));

  it('500 vs 502 vs 503 vs 504: the proxy legs and the failing server/upstream row differ', () => {
    assert.deepStrictEqual(summary([500, 502, 503, 504]), [
      'Client: client | client | client | client',
      '≠ Gateway / proxy: — | proxy | — | proxy',
      '≠ Server / Upstream: ✕⇒server | ✕upstream | ✕⇒server | ✕upstream',
      '≠ Gateway / proxy: — | ⇒proxy | — | ⇒proxy',
      '≠ Client: — | — | client | —',
    ]);
  });

  it('502 vs 504: the same way in; they part at the upstream', () => {
    assert.deepStrictEqual(rows([502, 504]).map((r) => r.differs), [false, false, true, true]);
  });

  it('lines up a CDN, a load balancer and a proxy (the same tier), and a server with an upstream', () => {
    const aligned = alignFlows([meaningOf(502).flow, meaningOf(520, 'cloudflare').flow, meaningOf(502, 'aws-elb').flow]);
    assert.deepStrictEqual(aligned.map((r) => rowLabel(r, actors)), ['Client', 'Proxy / CDN / Load balancer', 'Upstream / origin', 'Proxy / CDN / Load balancer']);
  });

  it('gives unmatched steps rows of their own, keeping each flow in order', () => {
    const a = [step('client', 'a'), step('cache', 'b'), step('server', 'c', { producesStatus: true })];
    const b = [step('client', 'a'), step('auth-server', 'x'), step('server', 'y', { producesStatus: true })];
    const aligned = alignFlows([a, b]);
    assert.deepStrictEqual(aligned.map((r) => r.actors), [['client'], ['cache'], ['auth-server'], ['server']]);
    for (const [column, flow] of [a, b].entries()) {
      assert.deepStrictEqual(aligned.map((r) => r.cells[column]).filter(Boolean), flow, `flow ${column} keeps its order`);
    }
    assert.deepStrictEqual(alignFlows([a]).map((r) => r.differs), [false, false, false], 'one flow differs from nothing');
    assert.deepStrictEqual(alignFlows([]), []);
  });
});
