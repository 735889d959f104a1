// Splits a space-separated log line whose fields may be "quoted" (AWS load balancer logs).

export interface LineField {
  /** The field without its quotes. */
  text: string;
  /** Offset of `text` in the line. */
  start: number;
}

export function splitFields(line: string, limit = Infinity): LineField[] {
  const fields: LineField[] = [];
  let i = 0;
  const n = line.length;
  while (i < n && fields.length < limit) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    if (line.charCodeAt(i) === 34) {
      let j = i + 1;
      while (j < n && line.charCodeAt(j) !== 34) j += line.charCodeAt(j) === 92 ? 2 : 1;
      fields.push({ text: line.slice(i + 1, Math.min(j, n)), start: i + 1 });
      i = j + 1;
    } else {
      let j = i;
      while (j < n && line.charCodeAt(j) !== 32) j++;
      fields.push({ text: line.slice(i, j), start: i });
      i = j;
    }
  }
  return fields;
}
