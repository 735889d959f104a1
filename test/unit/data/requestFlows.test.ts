// The request flow of every meaning in data/status-codes.json: known actors, one step that produces the
// status, wording in the dataset's style, and the shapes the codes have in real exchanges (redirects
// ask again, 401/407 retry with credentials, 304 reuses the cache, 499/460 are only logged…).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { Dataset, FlowStep, StatusMeaning } from '../../../server/src/service/dataset';
import { flowActorIds, statusStepIndex } from '../../../server/src/service/requestFlow';
import { datasetFile, realDataset } from '../../support/realDataset';

const dataset = realDataset();
const schema = JSON.parse(fs.readFileSync(path.join(path.dirname(datasetFile), 'status-codes.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const meanings: Array<{ code: number; meaning: StatusMeaning; label: string }> = dataset.codes.flatMap((entry) =>
  entry.meanings.map((meaning) => ({ code: entry.code, meaning, label: `${entry.code} ${meaning.source}` })));

function flowOf(code: number, source = 'iana'): FlowStep[] {
  const meaning = dataset.codes.find((e) => e.code === code)?.meanings.find((m) => m.source === source);
  assert.ok(meaning, `${code} ${source}`);
  return meaning.flow;
}

/** A step's place in the exchange: "actor" and "actor!" (fails), "actor*" (produces the status). */
function shape(steps: FlowStep[]): string[] {
  return steps.map((s) => `${s.actor}${s.fails ? '!' : ''}${s.producesStatus ? '*' : ''}`);
}

/**
 * The dataset's style for a step: it continues the actor's name ("Proxy forwards it to the upstream"),
 * so it starts with a lower-case verb in the third-person present; it is one short clause that fits one
 * line of `http-status-lens explain` (4 + 2 + 3 + 17 + 2 + 56 < 88 columns); it states what happens
 * (no past tense, no future or hedging modals) and writes words out like the rest of the dataset
 * (no contractions). Returns what is wrong, or [] when the text is in style.
 */
export function styleProblems(does: string): string[] {
  const problems: string[] = [];
  const words = does.toLowerCase().match(/[a-z'’-]+/g) ?? [];
  const first = /^\S+/.exec(does)?.[0] ?? '';
  if (does.length > 56) problems.push(`${does.length} characters (at most 56)`);
  if (does.length < 3) problems.push('too short');
  if (!/^[a-z]/.test(does)) problems.push('starts with a lower-case letter (it continues the actor\'s name)');
  // Third-person singular present: "sends", "is", "has", "does", "retries"; "pass" or "sent" are not.
  if (!/^[a-z]+s,?$/.test(first) || /ss,?$/.test(first) || ['its', 'this', 'thus', 'was', 'always', 'as'].includes(first)) {
    problems.push(`starts with a present-tense verb ("sends", "is"), not "${first}"`);
  }
  if (/ed,?$/.test(first)) problems.push(`"${first}" is past tense`);
  const past = words.filter((w) => ['was', 'were', 'had', 'did', 'got', 'went', 'came', 'gave', 'took', 'sent'].includes(w) && !/\bis sent\b|\bare sent\b/.test(does));
  if (past.length) problems.push(`past tense: ${past.join(', ')}`);
  const modals = words.filter((w) => ['will', 'would', 'could', 'should', 'might', 'may', 'must', 'shall'].includes(w));
  if (modals.length) problems.push(`says what happens, not what ${modals.join('/')} happen`);
  if (/n[’']t\b/i.test(does)) problems.push('no contractions ("does not", not "doesn\'t")');
  if (/[.!?]$/.test(does) || /[.;!?]\s/.test(does)) problems.push('one clause: no sentence break or final stop');
  if (/\s{2,}|\n/.test(does) || does !== does.trim()) problems.push('single spaces, one line');
  return problems;
}

describe('data: request flows', () => {
  it('every meaning (all IANA codes and every vendor meaning) has a flow', () => {
    const without = meanings.filter(({ meaning }) => !Array.isArray(meaning.flow) || meaning.flow.length < 2).map((m) => m.label);
    assert.deepStrictEqual(without, []);
    assert.strictEqual(meanings.length, 110, 'the count in the report and the changelog');
  });

  it('the schema requires a flow, known actors, a producing step and short steps', () => {
    const broken = (change: (meaning: StatusMeaning, data: Dataset) => void): boolean => {
      const copy = JSON.parse(JSON.stringify(dataset)) as Dataset;
      change(copy.codes.find((e) => e.code === 502)!.meanings[0], copy);
      return validate(copy) as boolean;
    };
    assert.strictEqual(broken(() => undefined), true, JSON.stringify(validate.errors));
    assert.strictEqual(broken((m) => { delete (m as Partial<StatusMeaning>).flow; }), false, 'no flow');
    assert.strictEqual(broken((m) => { (m.flow[1] as { actor: string }).actor = 'database'; }), false, 'unknown actor');
    assert.strictEqual(broken((m) => { m.flow.forEach((s) => delete s.producesStatus); }), false, 'no producing step');
    assert.strictEqual(broken((m) => { m.flow[0].does = 'sends the request.'; }), false, 'a final stop');
    assert.strictEqual(broken((m) => { m.flow[0].does = 'sends the request with every header it has and a large body too'; }), false, 'too long');
    assert.strictEqual(broken((m) => { m.flow = m.flow.slice(0, 1); }), false, 'one step');
    assert.strictEqual(broken((_, d) => { delete (d.actors as Partial<Dataset['actors']>).proxy; }), false, 'an actor without names');
  });

  it('names exactly the schema\'s actors, each with a name and a short name', () => {
    assert.deepStrictEqual(schema.definitions.flowStep.properties.actor.enum, flowActorIds);
    assert.deepStrictEqual(Object.keys(dataset.actors), flowActorIds);
    for (const id of flowActorIds) assert.ok(dataset.actors[id].name && dataset.actors[id].short, id);
  });

  it('every flow starts at the client, uses known actors and has exactly one producing step, at or after where it fails', () => {
    for (const { label, meaning } of meanings) {
      const steps = meaning.flow;
      assert.strictEqual(steps[0].actor, 'client', `${label}: starts at the client`);
      for (const step of steps) assert.ok(flowActorIds.includes(step.actor), `${label}: ${step.actor}`);
      assert.strictEqual(steps.filter((s) => s.producesStatus).length, 1, `${label}: one producing step`);
      const fails = steps.filter((s) => s.fails);
      assert.ok(fails.length <= 1, `${label}: fails in one place`);
      if (fails.length) assert.ok(steps.indexOf(fails[0]) <= statusStepIndex(steps), `${label}: fails before or where the status is made`);
    }
  });

  it('the producing step names its code, and the status the client gets when it differs', () => {
    for (const { code, label, meaning } of meanings) {
      const step = meaning.flow[statusStepIndex(meaning.flow)];
      assert.match(step.does, new RegExp(`\\b${code}\\b`), `${label}: "${step.does}" names ${code}`);
      const sentAs = /as (\d{3})\b/.exec(meaning.onTheWire ?? '')?.[1];
      if (sentAs && Number(sentAs) !== code) {
        assert.strictEqual(step.sentAs, Number(sentAs), `${label}: sent as ${sentAs}`);
        assert.match(step.does, new RegExp(`\\b${sentAs}\\b`), `${label}: says it sends ${sentAs}`);
      } else assert.strictEqual(step.sentAs, undefined, `${label}: sentAs only where the code is not what is sent`);
    }
  });

  it('codes that are only logged say so at the producing step', () => {
    for (const { label, meaning } of meanings) {
      const step = meaning.flow[statusStepIndex(meaning.flow)];
      if (meaning.sentToClient === false) assert.match(step.does, /\blogs\b/, `${label}: logs the code`);
    }
  });

  it('every step is worded in the dataset\'s style: short, present tense', () => {
    const problems = meanings.flatMap(({ label, meaning }) =>
      meaning.flow.flatMap((step, i) => styleProblems(step.does).map((p) => `${label} step ${i + 1} "${step.does}": ${p}`)));
    assert.deepStrictEqual(problems, []);
  });

  it('the style check catches what it is for', () => {
    assert.deepStrictEqual(styleProblems('forwards it to the upstream'), []);
    assert.deepStrictEqual(styleProblems('is overloaded or in maintenance, sends 503'), []);
    const wrong: Record<string, RegExp> = {
      'crashed and sent 500': /past tense/,
      'forwarded it to the upstream': /past tense/,
      'will send 503 later': /present-tense verb|not what will/,
      'may send 429 with Retry-After': /not what may/,
      'Sends the request': /lower-case/,
      'sends the request.': /final stop/,
      'sends it. Then waits': /sentence break/,
      "doesn't answer in time": /contractions/,
      'send the request': /present-tense verb/,
      'process the request': /present-tense verb/,
      'the proxy sends 502': /present-tense verb/,
      'sends the request with every header it has and a large body': /at most 56/,
    };
    for (const [text, expected] of Object.entries(wrong)) {
      const found = styleProblems(text);
      assert.ok(found.some((p) => expected.test(p)), `"${text}": ${found.join('; ') || 'no problem found'}`);
    }
  });

  describe('the shapes of real exchanges', () => {
    it('500 and 503 come from the server itself; 502 and 504 from a proxy about its upstream', () => {
      assert.deepStrictEqual(shape(flowOf(500)), ['client', 'server!*']);
      assert.deepStrictEqual(shape(flowOf(503)), ['client', 'server!*', 'client']);
      assert.match(flowOf(503)[2].does, /Retry-After/);
      assert.deepStrictEqual(shape(flowOf(502)), ['client', 'proxy', 'upstream!', 'proxy*']);
      assert.deepStrictEqual(shape(flowOf(504)), ['client', 'proxy', 'upstream!', 'proxy*']);
      assert.notStrictEqual(flowOf(502)[2].does, flowOf(504)[2].does, 'a bad answer is not a late one');
      assert.deepStrictEqual(flowOf(502).slice(0, 2), flowOf(504).slice(0, 2), 'the same way in');
    });

    it('redirects send the client to Location and show its follow-up request', () => {
      for (const code of [301, 302, 303, 307, 308]) {
        const steps = flowOf(code);
        assert.deepStrictEqual(shape(steps), ['client', 'server*', 'client', 'server'], String(code));
        assert.match(steps[1].does, /Location|result page/, `${code}: where to go`);
        assert.match(steps[2].does, /Location|there/, `${code}: the client asks again`);
      }
      for (const code of [301, 302]) assert.match(flowOf(code)[2].does, /POST can become GET/);
      for (const code of [307, 308]) assert.match(flowOf(code)[2].does, /same method and body/);
      assert.match(flowOf(303)[2].does, /GET/);
    });

    it('401 and 407 show the retry with credentials', () => {
      assert.deepStrictEqual(shape(flowOf(401)), ['client', 'server!*', 'client', 'server']);
      assert.match(flowOf(401)[1].does, /WWW-Authenticate/);
      assert.match(flowOf(401)[2].does, /retries with credentials in Authorization/);
      assert.deepStrictEqual(shape(flowOf(407)), ['client', 'proxy!*', 'client', 'proxy']);
      assert.match(flowOf(407)[1].does, /Proxy-Authenticate/);
      assert.match(flowOf(407)[2].does, /retries with Proxy-Authorization/);
    });

    it('304 shows the cache revalidating and then serving its copy', () => {
      const steps = flowOf(304);
      assert.deepStrictEqual(shape(steps), ['client', 'cache', 'server*', 'cache']);
      assert.match(steps[1].does, /If-None-Match/);
      assert.match(steps[3].does, /stored copy/);
    });

    it('499 (NGINX) and 460 (ALB): the client leaves while the proxy waits, and the code is only logged', () => {
      assert.deepStrictEqual(shape(flowOf(499, 'nginx')), ['client', 'proxy', 'upstream', 'client!', 'proxy*']);
      assert.deepStrictEqual(shape(flowOf(460, 'aws-elb')), ['client', 'load-balancer', 'upstream', 'client!', 'load-balancer*']);
      for (const [code, source] of [[499, 'nginx'], [460, 'aws-elb']] as const) {
        const steps = flowOf(code, source);
        assert.match(steps[3].does, /closes the connection/);
        assert.match(steps[4].does, new RegExp(`logs ${code} and sends nothing`));
      }
    });

    it('Cloudflare 52x: edge → origin, the origin leg fails, the edge sends the code', () => {
      for (const code of [520, 521, 522, 523, 524, 525, 526, 527, 530]) {
        assert.deepStrictEqual(shape(flowOf(code, 'cloudflare')), ['client', 'cdn', 'upstream!', 'cdn*'], String(code));
      }
      assert.match(flowOf(521, 'cloudflare')[2].does, /refuses the connection/);
      assert.match(flowOf(522, 'cloudflare')[2].does, /TCP connection/);
      assert.match(flowOf(524, 'cloudflare')[2].does, /accepts it but does not answer/);
      assert.match(flowOf(525, 'cloudflare')[1].does, /TLS handshake/);
    });

    it('1xx: the interim response comes first, the final one after it', () => {
      for (const code of [100, 102, 103, 104]) {
        const steps = flowOf(code);
        const at = statusStepIndex(steps);
        assert.ok(at < steps.length - 1, `${code}: more follows the interim response`);
        assert.strictEqual(steps[steps.length - 1].actor, 'server', `${code}: the server ends it`);
        assert.match(steps[steps.length - 1].does, /final/, `${code}: with the final response`);
      }
      assert.match(flowOf(101)[2].does, /new protocol/);
    });

    it('gateway codes of AWS and IIS fail behind the gateway; NGINX 494–497 are sent as 400', () => {
      assert.deepStrictEqual(shape(flowOf(502, 'aws-elb')), ['client', 'load-balancer', 'upstream!', 'load-balancer*']);
      assert.deepStrictEqual(shape(flowOf(504, 'aws-cloudfront')), ['client', 'cdn', 'upstream!', 'cdn*']);
      assert.deepStrictEqual(shape(flowOf(561, 'aws-elb')), ['client', 'load-balancer', 'auth-server!', 'load-balancer*']);
      for (const code of [494, 495, 496, 497]) assert.strictEqual(flowOf(code, 'nginx')[1].sentAs, 400, String(code));
    });
  });
});
