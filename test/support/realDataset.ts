// The real data/status-codes.json, for tests that need a part of it (the actors' names) or all of it.
import * as path from 'path';
import { Dataset } from '../../server/src/service/dataset';
import { loadDataset } from '../../server/src/loadDataset';

export const datasetFile = path.resolve(__dirname, '..', '..', 'data', 'status-codes.json');

let loaded: Dataset | undefined;

export function realDataset(): Dataset {
  loaded ??= loadDataset(datasetFile);
  return loaded;
}
