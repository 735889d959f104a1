// Reads the status codes a command was given: `[[502, 503]]` from a hover's command link, `[502]`,
// `"502"`, or anything else (ignored). Pure, unit-tested.

const maxCodes = 12;

function asCode(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 999 ? number : undefined;
}

export function codesFromArgs(arg: unknown): number[] {
  const values = Array.isArray(arg) ? arg : [arg];
  const codes: number[] = [];
  for (const value of values.slice(0, maxCodes)) {
    const code = asCode(value);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
