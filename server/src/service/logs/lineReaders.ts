// A fresh line reader for each line-based format (HAR is read by harFile.ts's streaming scanner).
import { LineReader, LogFormatId } from './types';
import { albLogReader } from './albLog';
import { classicElbLogReader } from './classicElbLog';
import { cloudFrontLogReader } from './cloudFrontLog';
import { cloudflareLogReader } from './cloudflareLog';
import { combinedLogReader } from './combinedLog';
import { jsonLinesLogReader } from './jsonLinesLog';
import { curlTranscriptReader } from './curlTranscript';
import { httpFileReader } from './httpFile';

const factories: Record<Exclude<LogFormatId, 'har'>, () => LineReader> = {
  nginx: combinedLogReader,
  alb: albLogReader,
  elb: classicElbLogReader,
  cloudfront: cloudFrontLogReader,
  cloudflare: cloudflareLogReader,
  jsonLines: jsonLinesLogReader,
  httpFile: httpFileReader,
  curl: curlTranscriptReader,
};

export function lineReaderFor(format: Exclude<LogFormatId, 'har'>): LineReader {
  return factories[format]();
}

export const formatNames: Record<LogFormatId, string> = {
  nginx: 'NGINX/Apache access log',
  alb: 'AWS Application Load Balancer log',
  elb: 'AWS Classic Load Balancer log',
  cloudfront: 'Amazon CloudFront standard log',
  cloudflare: 'Cloudflare Logpush (HTTP requests)',
  jsonLines: 'JSON-lines log',
  har: 'HAR (HTTP Archive)',
  httpFile: '.http/.rest file',
  curl: 'curl transcript',
};

export const logFormatIds = Object.keys(formatNames) as LogFormatId[];
