// Figures 2, 3, 4 and 6: the built server over stdio, against the minimal constant-hover server,
// with the same client (test/lsp/lspClient.ts) in the same run. Measurements alternate between the
// two servers so that a noisy neighbour slows both alike.
import { PublishDiagnosticsNotification, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'path';
import { loadDataset } from '../server/src/loadDataset';
import { getLanguageService } from '../server/src/service/languageService';
import { LspTestClient } from '../test/lsp/lspClient';
import { root } from './build';
import { generateText } from './corpus';
import { Figure, median, now, percentile, ratioFigure, round, rssMB, unmeasured } from './measure';

const MB = 1024 * 1024;

const service = getLanguageService({ dataset: loadDataset(path.join(root, 'data', 'status-codes.json')) });
let probeVersion = 0;

/** A line our hover explains, put at the end of generated documents so there is one to hover there. */
const lastLine = "res.status(502).send('upstream unavailable');\n";

/** Offsets inside detections the dataset can explain (found by the same service, in-process). */
function hoverTargets(text: string, languageId = 'javascript'): number[] {
  const document = TextDocument.create(`file:///bench/probe-${++probeVersion}`, languageId, probeVersion, text);
  const targets = service.analyze(document).detections
    .filter((d) => service.index.primary(d.code))
    .map((d) => d.start + 1);
  service.forget(document.uri);
  return targets;
}

async function started(server: string): Promise<LspTestClient> {
  const client = LspTestClient.start(['--stdio'], server);
  await client.initialize({}, { textDocument: { publishDiagnostics: { versionSupport: true } } });
  return client;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = now();
  const result = await work();
  return [now() - t, result];
}

export async function hoverLatency(serverJs: string, baselineJs: string): Promise<Figure[]> {
  const ours = await started(serverJs);
  const base = await started(baselineJs);
  try {
    const big = generateText('javascript', 5 * MB - lastLine.length, 21) + '\n' + lastLine;
    const small = generateText('javascript', 1024 - lastLine.length, 22) + '\n' + lastLine;
    const bigDoc = TextDocument.create('file:///bench/big.js', 'javascript', 1, big);
    const smallDoc = TextDocument.create('file:///bench/small.js', 'javascript', 1, small);
    // Steady state: the diagnostics of both documents are out before any hover is timed (else the
    // one-off analysis of 5 MB lands in the middle of the measurements).
    const nextDiagnostics = diagnosticsClock(ours);
    const analysed = Promise.all([nextDiagnostics(bigDoc.uri, 120_000), nextDiagnostics(smallDoc.uri, 120_000)]);
    for (const c of [ours, base]) {
      await c.open(bigDoc.uri, 'javascript', big);
      await c.open(smallDoc.uri, 'javascript', small);
    }
    await analysed.catch(() => undefined); // a server without push diagnostics: the warm-up hover analyses
    const targets = hoverTargets(big);
    const smallTargets = hoverTargets(small);
    if (targets.length < 10 || smallTargets.length === 0) throw new Error('the generated documents hold no hover targets');
    const positionsBig = Array.from({ length: 25 }, (_, i) => bigDoc.positionAt(targets[Math.floor((i * targets.length) / 25)]));
    const endBig = bigDoc.positionAt(big.length - lastLine.length + 'res.status(5'.length);
    const inSmall = smallDoc.positionAt(small.length - lastLine.length + 'res.status(5'.length);

    // Warm-up: the first hover of a version pays for its analysis; then it is cached.
    const [firstMs, first] = await timed(() => ours.hover(bigDoc.uri, endBig.line, endBig.character));
    for (let i = 0; i < 30; i++) {
      await ours.hover(smallDoc.uri, inSmall.line, inSmall.character);
      await base.hover(bigDoc.uri, endBig.line, endBig.character);
    }
    const oursMs: number[] = [];
    const baseMs: number[] = [];
    for (let i = 0; i < 400; i++) {
      const p = positionsBig[i % positionsBig.length];
      oursMs.push((await timed(() => ours.hover(bigDoc.uri, p.line, p.character)))[0]);
      baseMs.push((await timed(() => base.hover(bigDoc.uri, p.line, p.character)))[0]);
    }
    const endMs: number[] = [];
    const smallMs: number[] = [];
    for (let i = 0; i < 300; i++) {
      endMs.push((await timed(() => ours.hover(bigDoc.uri, endBig.line, endBig.character)))[0]);
      smallMs.push((await timed(() => ours.hover(smallDoc.uri, inSmall.line, inSmall.character)))[0]);
    }
    const detail = {
      oursMedianMs: round(median(oursMs), 3), oursP95Ms: round(percentile(oursMs, 95), 3),
      baselineMedianMs: round(median(baseMs), 3), baselineP95Ms: round(percentile(baseMs, 95), 3),
      firstHoverWithAnalysisMs: round(firstMs), hoverAnswered: first !== null,
    };
    const figures = [
      ratioFigure('2a', 'hover median on a 5 MB document vs minimal server', median(oursMs) / median(baseMs), 1.3, detail),
      ratioFigure('2b', 'hover p95 on a 5 MB document vs minimal server', percentile(oursMs, 95) / percentile(baseMs, 95), 1.3, detail),
      ratioFigure('2c', 'hover at the end of 5 MB vs in a 1 KB document (median)', median(endMs) / median(smallMs), 1.3, {
        endOf5MBMedianMs: round(median(endMs), 3), in1KBMedianMs: round(median(smallMs), 3),
      }),
    ];
    const atEnd = await ours.hover(bigDoc.uri, endBig.line, endBig.character);
    if (first === null || atEnd === null) {
      for (const f of figures) { f.pass = false; f.note = 'our server gave no hover on the last line of the 5 MB document'; }
    }
    return figures;
  } finally {
    ours.kill();
    base.kill();
  }
}

/** Resolves with the time of the next publishDiagnostics for `uri` (pushed diagnostics). */
function diagnosticsClock(client: LspTestClient) {
  const waiters = new Map<string, (at: number) => void>();
  client.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    client.diagnostics.set(params.uri, params);
    const resolve = waiters.get(params.uri);
    if (resolve) { waiters.delete(params.uri); resolve(now()); }
  });
  return (uri: string, timeoutMs = 10000) => new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => { waiters.delete(uri); reject(new Error(`no diagnostics for ${uri}`)); }, timeoutMs);
    waiters.set(uri, (at) => { clearTimeout(timer); resolve(at); });
  });
}

export async function typingLatency(serverJs: string, baselineJs: string): Promise<Figure> {
  const name = 'diagnostics after a 1-char edit in 1 MB vs the minimal server pushing the same diagnostics';
  const client = await started(serverJs);
  const base = await started(baselineJs);
  try {
    const nextDiagnostics = diagnosticsClock(client);
    const big = { uri: 'file:///bench/typing-big.ts', text: generateText('typescript', MB, 31), version: 1 };
    const small = { uri: 'file:///bench/typing-small.ts', text: generateText('typescript', 10 * 1024, 32), version: 1 };
    const bigArrived = nextDiagnostics(big.uri, 15000);
    await client.open(big.uri, 'typescript', big.text);
    try {
      await bigArrived;
    } catch {
      return unmeasured('3', name, '≤ 2×', 'the server publishes no diagnostics (yet): nothing to time');
    }
    const smallArrived = nextDiagnostics(small.uri);
    await client.open(small.uri, 'typescript', small.text);
    await smallArrived;
    const bigDoc = TextDocument.create(big.uri, 'typescript', 1, big.text);
    const middle = bigDoc.positionAt(big.text.length >> 1);
    // The floor: the minimal server pushes the same diagnostics again after the same edit, analysing nothing.
    const baseDiagnostics = diagnosticsClock(base);
    let baseVersion = 1;
    await base.open(big.uri, 'typescript', big.text);
    await base.connection.sendNotification('bench/echoDiagnostics', { uri: big.uri, diagnostics: client.diagnostics.get(big.uri)?.diagnostics ?? [] });
    const editMs: number[] = [];
    const fullMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < 40; i++) {
      // One character typed, then deleted on the next round: the document keeps its size.
      const insert = i % 2 === 0;
      const range = insert ? { start: middle, end: middle } : { start: middle, end: { line: middle.line, character: middle.character + 1 } };
      let arrived = nextDiagnostics(big.uri);
      let t = now();
      await client.change(big.uri, ++big.version, [{ range, text: insert ? ' ' : '' }]);
      editMs.push((await arrived) - t);
      // The reference: the whole 10 KB document replaced, so the server analyses all of it.
      arrived = nextDiagnostics(small.uri);
      t = now();
      await client.change(small.uri, ++small.version, [{ text: i % 2 === 0 ? small.text + ' ' : small.text }]);
      fullMs.push((await arrived) - t);
      arrived = baseDiagnostics(big.uri);
      t = now();
      await base.change(big.uri, ++baseVersion, [{ range, text: insert ? ' ' : '' }]);
      floorMs.push((await arrived) - t);
    }
    // What every push for the big document carries: the whole list, however little the edit changed.
    const pushed = client.diagnostics.get(big.uri)?.diagnostics ?? [];
    // Re-based (issue 21): against the floor the bench measures — the push of the same diagnostics.
    return ratioFigure('3', name, median(editMs) / median(floorMs), 1.3, {
      editIn1MBMedianMs: round(median(editMs), 3), full10KBMedianMs: round(median(fullMs), 3),
      diagnosticsPerPush1MB: pushed.length, bytesPerPush1MB: JSON.stringify(pushed).length,
      diagnosticsPerPush10KB: client.diagnostics.get(small.uri)?.diagnostics.length ?? 0,
      // The same push from a server that analyses nothing: what the payload alone costs.
      floorMedianMs: round(median(floorMs), 3), floorVs10KB: round(median(floorMs) / median(fullMs), 2),
    });
  } finally {
    client.kill();
    base.kill();
  }
}

export async function startUp(serverJs: string, baselineJs: string): Promise<Figure> {
  const once = async (server: string): Promise<number> => {
    const t = now();
    const client = LspTestClient.start(['--stdio'], server);
    await client.initialize();
    const ms = now() - t;
    client.kill();
    return ms;
  };
  await once(serverJs);
  await once(baselineJs);
  const oursMs: number[] = [];
  const baseMs: number[] = [];
  for (let i = 0; i < 12; i++) {
    oursMs.push(await once(serverJs));
    baseMs.push(await once(baselineJs));
  }
  return ratioFigure('4', 'start-up: spawn → initialize result vs minimal server', median(oursMs) / median(baseMs), 1.5, {
    oursMedianMs: round(median(oursMs)), baselineMedianMs: round(median(baseMs)),
  });
}

export async function memory(serverJs: string): Promise<Figure> {
  const client = await started(serverJs);
  try {
    const pid = client.process.pid!;
    const idleMB = rssMB(pid);
    const docs = Array.from({ length: 100 }, (_, i) => {
      const text = generateText(i % 2 ? 'typescript' : 'javascript', 100 * 1024, 100 + i);
      return TextDocument.create(`file:///bench/memory-${i}.${i % 2 ? 'ts' : 'js'}`, i % 2 ? 'typescript' : 'javascript', 1, text);
    });
    for (const d of docs) {
      await client.open(d.uri, d.languageId, d.getText());
      // A hover at the last code makes the server analyse the whole document, as an editor would.
      const targets = hoverTargets(d.getText());
      const p = d.positionAt(targets.length ? targets[targets.length - 1] : 0);
      await client.hover(d.uri, p.line, p.character);
    }
    const openMB = rssMB(pid);
    const value = round(openMB, 1);
    return {
      id: '6', name: 'server RSS with 100 open 100 KB documents', value, unit: 'MB', target: '≤ 150 MB',
      pass: openMB <= 150, detail: { idleMB: round(idleMB, 1), openMB: value },
    };
  } finally {
    client.kill();
  }
}
