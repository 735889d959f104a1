// Web worker entry of the language server (VS Code for the Web): the same server as main.ts, spoken to
// over postMessage. A worker has no file system, so the dataset is bundled into this script.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import statusCodes from '../../data/status-codes.json';
import { Dataset } from './service/dataset';
import { startServer } from './server';

/** The worker's global scope (typed by what the library accepts: this folder compiles without DOM types). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, statusCodes as unknown as Dataset);
