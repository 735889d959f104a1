// Figure 8: the workspace index (issue 17) on the generated 10,000-file tree of figure 7 — how long it
// takes to build in the background, the hover median while it builds against the same hovers once it is
// idle (8a, ≤ 1.5×), and the server's memory with the index against a server with
// `httpStatusLens.workspaceIndex: false` in the same folder answering the same hovers (8b, ≤ 50 MB more).
import { pathToFileURL } from 'url';
import { InitializeRequest, InitializedNotification, WorkDoneProgressCreateRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../test/lsp/lspClient';
import { generateTree } from './cliBench';
import { Figure, median, now, ratioFigure, round, rssMB, waitFor } from './measure';

const hoverDoc = { uri: 'file:///bench/index-hover.js', text: "app.get('/', (req, res) => res.status(502).send('upstream down'));\n" };
const hoverAt = { line: 0, character: 40 };
/** Both servers idle this long before their memory is read. */
const settleMs = 5000;

async function startIn(serverJs: string, folder: string, workspaceIndex: boolean) {
  const client = LspTestClient.start(['--stdio'], serverJs);
  let ended = false;
  let began = false;
  client.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  client.connection.onNotification('$/progress', (p: { value?: { kind?: string } }) => {
    if (p.value?.kind === 'begin') began = true;
    if (p.value?.kind === 'end') ended = true;
  });
  const uri = pathToFileURL(folder).href;
  const startedAt = now();
  await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'tree' }],
    capabilities: { window: { workDoneProgress: true } },
    initializationOptions: { settings: { httpStatusLens: { workspaceIndex } } },
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  await client.open(hoverDoc.uri, 'javascript', hoverDoc.text);
  return { client, startedAt, began: () => began, ended: () => ended };
}

async function hoverMs(client: LspTestClient): Promise<number> {
  const t = now();
  const hover = await client.hover(hoverDoc.uri, hoverAt.line, hoverAt.character);
  if (!hover) throw new Error('no hover on res.status(502)');
  return now() - t;
}

export async function workspaceIndex(serverJs: string): Promise<Figure[]> {
  const { dir, files } = generateTree();
  const indexed = await startIn(serverJs, dir, true);
  try {
    const during: number[] = [];
    await waitFor(indexed.began, 30_000, 'the index to begin');
    while (!indexed.ended()) {
      during.push(await hoverMs(indexed.client));
      await new Promise((r) => setTimeout(r, 5)); // a user's pace, not a flood
    }
    const buildMs = now() - indexed.startedAt;
    const idle: number[] = [];
    for (let i = 0; i < Math.max(during.length, 200); i++) {
      idle.push(await hoverMs(indexed.client));
      await new Promise((r) => setTimeout(r, 5));
    }
    // Steady state: V8 gives back the heap a burst of work grew only after a few idle seconds.
    await new Promise((r) => setTimeout(r, settleMs));
    const withIndexMB = rssMB(indexed.client.process.pid!);

    const plain = await startIn(serverJs, dir, false);
    let withoutIndexMB: number;
    try {
      // The same hovers at the same pace: a server's heap grows with the requests it answers too.
      for (let i = 0; i < during.length + idle.length; i++) {
        await hoverMs(plain.client);
        await new Promise((r) => setTimeout(r, 5));
      }
      await new Promise((r) => setTimeout(r, settleMs));
      withoutIndexMB = rssMB(plain.client.process.pid!);
    } finally {
      plain.client.kill();
    }
    const detail = {
      files: files.length, buildMs: round(buildMs), hoversDuringIndexing: during.length,
      duringMedianMs: round(median(during), 3), idleMedianMs: round(median(idle), 3),
      withIndexMB: round(withIndexMB, 1), withoutIndexMB: round(withoutIndexMB, 1),
    };
    const extraMB = withIndexMB - withoutIndexMB;
    return [
      ratioFigure('8a', `hover median while indexing ${files.length} files vs idle (built in ${round(buildMs / 1000, 1)} s)`, median(during) / median(idle), 1.5, detail),
      { id: '8b', name: 'server memory with the workspace index vs without', value: round(extraMB, 1), unit: 'MB', target: '≤ 50 MB', pass: extraMB <= 50, detail },
    ];
  } finally {
    indexed.client.kill();
  }
}
