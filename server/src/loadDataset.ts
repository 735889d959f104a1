// Loads data/status-codes.json from the package root (dist/ sits beside data/).
import * as fs from 'fs';
import * as path from 'path';
import { Dataset } from './service/dataset';

function datasetPath(): string {
  return path.join(__dirname, '..', 'data', 'status-codes.json');
}

export function loadDataset(file = datasetPath()): Dataset {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset;
}
