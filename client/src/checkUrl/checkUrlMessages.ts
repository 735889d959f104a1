// The typed messages between the extension host and the Check URL webview. Imported by both sides;
// no `vscode` import (the webview runs in a browser frame). Everything arriving from the webview is
// validated by `isCheckUrlToHost` before use.
import type { CheckResult } from '../../../server/src/node/checkUrl/checkUrl';
import type { Note } from '../../../server/src/node/checkUrl/notes';
import { isLookupCode, isRecord } from '../webviews/shared/messages';

export interface CheckFormOptions {
  /** "AUTO" (HEAD with GET fallback) or GET/HEAD. */
  method: string;
  followRedirects: boolean;
  maxHops: number;
  timeoutMs: number;
  /** One "Name: value" per line. */
  headers: string;
  userAgent: string;
  insecure: boolean;
}

export interface PlaygroundRequest {
  url: string;
  method: string;
  /** One "Name: value" per line. */
  headers: string;
  body: string;
}

export interface CheckViewModel {
  result: CheckResult;
  /** Per hop: "404 Not Found — …" from the dataset. */
  explanations: string[];
  notes: Note[];
}

export type HostToCheckUrl =
  | { type: 'options'; url: string; options: CheckFormOptions }
  | { type: 'running'; what: 'check' | 'playground'; url: string }
  | { type: 'result'; model: CheckViewModel }
  | { type: 'playgroundResult'; model: CheckViewModel };

export type CheckUrlToHost =
  | { type: 'ready' }
  | { type: 'check'; url: string; options: CheckFormOptions }
  | { type: 'send'; request: PlaygroundRequest }
  | { type: 'cancel' }
  | { type: 'lookup'; code: number };

export const playgroundMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function isOptions(v: unknown): v is CheckFormOptions {
  return isRecord(v) && isText(v.method, 10) && ['AUTO', 'GET', 'HEAD'].includes(v.method) && typeof v.followRedirects === 'boolean'
    && Number.isInteger(v.maxHops) && Number.isInteger(v.timeoutMs) && isText(v.headers, 20_000) && isText(v.userAgent, 1000)
    && typeof v.insecure === 'boolean';
}

export function isCheckUrlToHost(value: unknown): value is CheckUrlToHost {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready': case 'cancel': return true;
    case 'check': return isText(value.url, 8192) && isOptions(value.options);
    case 'send': {
      const r = value.request;
      return isRecord(r) && isText(r.url, 8192) && isText(r.method, 10) && (playgroundMethods as readonly string[]).includes(r.method)
        && isText(r.headers, 20_000) && isText(r.body, 1_000_000);
    }
    case 'lookup': return isLookupCode(value.code);
    default: return false;
  }
}

/** "Name: value" lines to a header record; lines without a colon are skipped. */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}
