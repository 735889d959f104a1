// Checks the shape of data/status-codes.json before the views use it; keeps only well-formed entries,
// so one bad entry cannot break the cheat sheet. Pure, unit-tested.
import type { Dataset } from '../../../server/src/service/dataset';

export function parseDataset(text: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`status-codes.json is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Dataset).codes)) {
    throw new Error('status-codes.json has no "codes" list');
  }
  const dataset = raw as Dataset;
  const isText = (v: unknown): v is string => typeof v === 'string';
  return {
    ...dataset,
    classes: dataset.classes ?? {},
    sources: dataset.sources ?? {},
    codes: dataset.codes.filter((entry) =>
      entry && Number.isInteger(entry.code) && Array.isArray(entry.meanings) && entry.meanings.length > 0 &&
      entry.meanings.every((m) => m && isText(m.name) && isText(m.source))),
    comparisons: Array.isArray(dataset.comparisons)
      ? dataset.comparisons.filter((c) => c && Array.isArray(c.codes) && c.codes.every(Number.isInteger))
      : [],
  } as Dataset;
}
