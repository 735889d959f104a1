// Reads the httpStatusLens.checkUrl.* settings; an invalid value falls back to its default with a
// warning in the output channel, never an error.
import * as vscode from 'vscode';
import type { CheckFormOptions } from './checkUrlMessages';

export const checkUrlDefaults: CheckFormOptions = {
  method: 'AUTO', followRedirects: true, maxHops: 10, timeoutMs: 10_000, headers: '', userAgent: '', insecure: false,
};

const methodSetting: Record<string, string> = { 'HEAD, then GET if refused': 'AUTO', auto: 'AUTO', AUTO: 'AUTO', GET: 'GET', HEAD: 'HEAD' };

export function readCheckUrlSettings(warn: (message: string) => void): CheckFormOptions {
  const config = vscode.workspace.getConfiguration('httpStatusLens.checkUrl');
  const options = { ...checkUrlDefaults };
  const bad = (key: string, value: unknown) => warn(`Setting httpStatusLens.checkUrl.${key} = ${JSON.stringify(value)} is not valid; using the default.`);

  const method = config.get<unknown>('method');
  if (typeof method === 'string' && methodSetting[method]) options.method = methodSetting[method];
  else if (method !== undefined) bad('method', method);

  const follow = config.get<unknown>('followRedirects');
  if (typeof follow === 'boolean') options.followRedirects = follow;
  else if (follow !== undefined) bad('followRedirects', follow);

  const maxHops = config.get<unknown>('maxHops');
  if (typeof maxHops === 'number' && Number.isInteger(maxHops) && maxHops >= 0 && maxHops <= 50) options.maxHops = maxHops;
  else if (maxHops !== undefined) bad('maxHops', maxHops);

  const timeout = config.get<unknown>('timeoutMs');
  if (typeof timeout === 'number' && Number.isFinite(timeout) && timeout >= 100 && timeout <= 300_000) options.timeoutMs = Math.round(timeout);
  else if (timeout !== undefined) bad('timeoutMs', timeout);

  const headers = config.get<unknown>('headers');
  if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
    options.headers = Object.entries(headers as Record<string, unknown>)
      .filter(([, v]) => typeof v === 'string').map(([k, v]) => `${k}: ${v as string}`).join('\n');
  } else if (headers !== undefined) bad('headers', headers);

  const userAgent = config.get<unknown>('userAgent');
  if (typeof userAgent === 'string') options.userAgent = userAgent;
  else if (userAgent !== undefined) bad('userAgent', userAgent);
  return options;
}
