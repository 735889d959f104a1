#!/usr/bin/env node
// Node entry of the language server: `node dist/server.js --stdio`, or IPC when forked by the client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadDataset } from './loadDataset';
import { createNodeWorkspaceFiles } from './nodeWorkspaceFiles';
import { startServer } from './server';
import { createStdioConnection } from './stdioTransport';

const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
startServer(connection, loadDataset(), { workspaceFiles: createNodeWorkspaceFiles() });
