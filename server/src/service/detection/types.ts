// What detection reports: where a status code is written, in which form, and what made it one.

export type DetectionForm = 'literal' | 'constant' | 'symbol' | 'string';

export interface Detection {
  code: number;
  /** Offsets into the document text: [start, end). */
  start: number;
  end: number;
  form: DetectionForm;
  /** The text as written: "502", "HttpStatus.BAD_GATEWAY", ":not_found", "HTTP/1.1 503". */
  text: string;
  /** What made it a status code, e.g. "call:res.status", "openapi:responses", "nginx:return", "assertion". */
  context: string;
  /** The framework or library the form belongs to, when known: "express", "go-net-http", "spring"... */
  framework?: string;
  /** The dataset source whose meaning fits where the code was found ("nginx" in an NGINX access log). */
  vendorSource?: string;
  /** What the surroundings add, shown under the meaning ("The target never answered…"). */
  note?: string;
}
