// The registered status names, the root every constant-name table is derived from:
// "Not Found" → NOT_FOUND (Spring, Python, Rust), NotFound (.NET, Ktor), StatusNotFound (Go), :not_found (Rails).
// Detection cannot see the dataset (it is pure text → offsets), so the names live here, in code.

export const standardNames: ReadonlyArray<readonly [number, string]> = [
  [100, 'Continue'], [101, 'Switching Protocols'], [102, 'Processing'], [103, 'Early Hints'],
  [200, 'OK'], [201, 'Created'], [202, 'Accepted'], [203, 'Non-Authoritative Information'],
  [204, 'No Content'], [205, 'Reset Content'], [206, 'Partial Content'], [207, 'Multi-Status'],
  [208, 'Already Reported'], [226, 'IM Used'],
  [300, 'Multiple Choices'], [301, 'Moved Permanently'], [302, 'Found'], [303, 'See Other'],
  [304, 'Not Modified'], [305, 'Use Proxy'], [307, 'Temporary Redirect'], [308, 'Permanent Redirect'],
  [400, 'Bad Request'], [401, 'Unauthorized'], [402, 'Payment Required'], [403, 'Forbidden'],
  [404, 'Not Found'], [405, 'Method Not Allowed'], [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'], [408, 'Request Timeout'], [409, 'Conflict'], [410, 'Gone'],
  [411, 'Length Required'], [412, 'Precondition Failed'], [413, 'Content Too Large'], [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'], [416, 'Range Not Satisfiable'], [417, 'Expectation Failed'],
  [418, "I'm a teapot"], [421, 'Misdirected Request'], [422, 'Unprocessable Content'], [423, 'Locked'],
  [424, 'Failed Dependency'], [425, 'Too Early'], [426, 'Upgrade Required'], [428, 'Precondition Required'],
  [429, 'Too Many Requests'], [431, 'Request Header Fields Too Large'], [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'], [501, 'Not Implemented'], [502, 'Bad Gateway'], [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'], [505, 'HTTP Version Not Supported'], [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'], [508, 'Loop Detected'], [510, 'Not Extended'],
  [511, 'Network Authentication Required'],
];

/** Older RFC names and library spellings shared by several ecosystems (Spring, Python, Rust, .NET, npm). */
const commonAliases: ReadonlyArray<readonly [number, string]> = [
  [413, 'Payload Too Large'], [413, 'Request Entity Too Large'], [413, 'Request Too Long'],
  [414, 'Request URI Too Long'], [416, 'Requested Range Not Satisfiable'], [418, 'Im A Teapot'],
  [418, 'I Am A Teapot'], [422, 'Unprocessable Entity'], [302, 'Moved Temporarily'],
  [431, 'Request Header Field Too Large'], [419, 'Insufficient Space On Resource'], [420, 'Method Failure'],
  [509, 'Bandwidth Limit Exceeded'], [103, 'Checkpoint'], [306, 'Switch Proxy'], [306, 'Unused'],
  [505, 'Version Not Supported'], [418, 'Teapot'],
];

/** Lower-cases and drops everything but letters and digits: NOT_FOUND, NotFound, "Not Found" → "notfound". */
export function squash(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += name[i];
  }
  return out;
}

export function tableOf(...lists: ReadonlyArray<ReadonlyArray<readonly [number, string]>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const list of lists) {
    for (const [code, name] of list) {
      const key = squash(name);
      if (!map.has(key)) map.set(key, code);
    }
  }
  return map;
}

/** NOT_FOUND / NotFound spellings of the standard names and common aliases (squashed keys). */
export const commonNames = tableOf(standardNames, commonAliases);

/** The first name of each code: `standardName` runs for nearly every candidate number, a walk of the list did not pay. */
const nameByCode = new Map<number, string>();
for (const [code, name] of standardNames) if (!nameByCode.has(code)) nameByCode.set(code, name);

export function standardName(code: number): string | undefined {
  return nameByCode.get(code);
}
