#!/usr/bin/env node
// Node entry of the language server: `node dist/server.js --stdio`, or IPC when forked by the client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadDataset } from './loadDataset';
import { createNodeWorkspaceFiles } from './nodeWorkspaceFiles';
import { isIndexWorker, runIndexWorker } from './indexWorker';
import { startServer } from './server';
import { createStdioConnection } from './stdioTransport';
import { limitHeapGrowth } from './node/heapGrowth';

limitHeapGrowth();

if (isIndexWorker()) {
  // This bundle as the workspace index's child process (indexWorker.ts), not a server.
  runIndexWorker(loadDataset(), createNodeWorkspaceFiles(false).list);
} else {
  const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
  startServer(connection, loadDataset(), { workspaceFiles: createNodeWorkspaceFiles() });
}
