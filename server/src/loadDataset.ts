// Loads data/status-codes.json from the package root: beside dist/ when bundled, two levels up from
// server/src/ when run from source (tests, tsx).
import * as fs from 'fs';
import * as path from 'path';
import { Dataset } from './service/dataset';

function datasetPath(): string {
  const bundled = path.join(__dirname, '..', 'data', 'status-codes.json');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(__dirname, '..', '..', 'data', 'status-codes.json');
}

export function loadDataset(file = datasetPath()): Dataset {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset;
}
