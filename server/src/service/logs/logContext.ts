// Meaning in context: what a code means in the log it was found in. A 499 in an NGINX log was logged
// and never sent; 460/463/464/561 in an ALB log are the load balancer's own codes; an ALB 502 whose
// target_status_code is `-` means the target never answered; Cloudflare's 52x say what failed at the
// origin. Pure: reads the detection and its line, nothing else.
import { Detection } from '../detection/types';
import { StatusCodeEntry, StatusMeaning } from '../dataset';
import { readAlbLine } from './albLog';
import { readClassicElbLine } from './classicElbLog';
import { readCloudflareLine } from './cloudflareLog';
import { readCombinedLine } from './combinedLog';
import { LogFormatId, LogRecord } from './types';

/** The dataset source whose meaning a log of this context prefers (keys as in data/status-codes.json). */
export function vendorSourceFor(context: string): string | undefined {
  if (context.startsWith('log:nginx')) return 'nginx';
  if (context.startsWith('log:alb') || context.startsWith('log:elb')) return 'aws-elb';
  if (context.startsWith('log:cloudflare')) return 'cloudflare';
  if (context.startsWith('log:cloudfront')) return 'aws-cloudfront';
  return undefined;
}

/** The product a log context belongs to, for `Detection.framework`. */
export function vendorFor(context: string): string | undefined {
  if (context.startsWith('log:nginx')) return 'nginx';
  if (context.startsWith('log:alb')) return 'aws-alb';
  if (context.startsWith('log:elb')) return 'aws-elb';
  if (context.startsWith('log:cloudflare')) return 'cloudflare';
  if (context.startsWith('log:cloudfront')) return 'aws-cloudfront';
  return undefined;
}

/**
 * The meaning to show first: the one from the log's vendor when the dataset has it (matched on the
 * source key, or on its vendor prefix: "aws-elb" also finds "aws-alb"/"aws"), else the primary one.
 */
export function preferredMeaning(entry: StatusCodeEntry | undefined, vendorSource: string | undefined): StatusMeaning | undefined {
  if (!entry) return undefined;
  if (vendorSource) {
    const vendor = vendorSource.split('-')[0];
    const exact = entry.meanings.find((m) => m.source === vendorSource);
    const near = exact ?? entry.meanings.find((m) => m.source.split('-')[0] === vendor);
    if (near) return near;
  }
  return entry.meanings[0];
}

const nginxCodes: Record<number, string> = {
  444: 'NGINX closed the connection without sending anything (`return 444`): this code is only logged, the client got no response.',
  494: 'NGINX rejected the request because its headers were too large (`large_client_header_buffers`); the client got a 400.',
  495: 'The client certificate failed verification (`ssl_verify_client`); NGINX logs 495 and sends a 400.',
  496: 'The client sent no certificate although `ssl_verify_client` requires one; NGINX logs 496 and sends a 400.',
  497: 'A plain HTTP request reached an HTTPS port; NGINX logs 497 and sends a 400.',
  499: 'The client closed the connection before NGINX answered (often a client timeout waiting for a slow upstream). This code is only logged: nothing was sent.',
};

const albCodes: Record<number, string> = {
  460: 'The client closed the connection before the load balancer could answer (the client timed out first); like NGINX 499, only logged.',
  463: 'The load balancer rejected the request: its X-Forwarded-For header held more than 30 IP addresses.',
  464: 'The request\'s protocol does not fit the target group\'s protocol version (e.g. HTTP/1.1 to a gRPC or HTTP/2 target group).',
  561: 'The identity provider returned an error when the load balancer tried to authenticate the user (authenticate-oidc/cognito action).',
};

/** What a load balancer status with no answer from the target (`-`) tells. */
const noTargetAnswer: Record<number, string> = {
  500: 'The load balancer failed itself (e.g. an authenticate action or a Lambda target error); no target answered.',
  502: 'The target never answered (target status `-`): it closed the connection, reset it, sent a malformed response or failed the TLS handshake, so the load balancer generated this 502 itself.',
  503: 'No target answered (target status `-`): the target group has no registered or healthy targets.',
  504: 'The target never answered (target status `-`): it did not respond before the idle timeout, or the connection to it could not be made.',
};

const cloudflareCodes: Record<number, string> = {
  520: 'The origin returned an empty, unknown or unexpected response (e.g. it reset the connection or sent oversized headers).',
  521: 'The origin refused the connection: the web server is down or blocks Cloudflare\'s IP ranges.',
  522: 'Cloudflare could not complete a TCP connection to the origin in time (origin overloaded, or a firewall drops Cloudflare).',
  523: 'Cloudflare could not reach the origin at all: a DNS or routing problem (wrong origin IP, network unreachable).',
  524: 'Cloudflare connected to the origin, but the origin sent no HTTP response before the timeout (100 s by default).',
  525: 'The TLS handshake between Cloudflare and the origin failed.',
  526: 'The origin\'s certificate is invalid (expired, self-signed or wrong host) and SSL mode is Full (strict).',
  527: 'A Railgun connection between Cloudflare and the origin failed.',
  530: 'Cloudflare returned a 1xxx error together with this code, most often because the origin\'s host name could not be resolved.',
};

/**
 * A note for the hover, or undefined when the vendor context adds nothing to the code's meaning.
 * `record` is the line already read (the detector has it); without it the line is read again.
 */
export function logHoverNote(detection: Detection, lineText: string, record?: LogRecord): string | undefined {
  const { context, code } = detection;
  if (context === 'log:nginx') {
    return nginxCodes[code];
  }
  if (context === 'log:nginx:upstream_status') {
    const sent = (record ?? readCombinedLine(lineText))?.fields[0].code;
    return `This is the upstream's answer (\`$upstream_status\`)${sent !== undefined && sent !== code ? `; NGINX sent ${sent} to the client` : ''}.`;
  }
  if (context.startsWith('log:alb:') || context.startsWith('log:elb:')) {
    return loadBalancerNote(detection, lineText, record);
  }
  if (context.startsWith('log:cloudflare:')) {
    return cloudflareNote(detection, lineText, record);
  }
  if (context === 'log:cloudfront:sc-status' && code >= 500) {
    return 'The status CloudFront sent to the viewer; 502/503/504 here usually mean CloudFront could not get a usable answer from the origin in time.';
  }
  return undefined;
}

function loadBalancerNote(detection: Detection, lineText: string, known?: LogRecord): string | undefined {
  const isAlb = detection.context.startsWith('log:alb:');
  const record = known ?? (isAlb ? readAlbLine(lineText) : readClassicElbLine(lineText));
  const [lb, target] = record?.fields ?? [];
  const targetName = isAlb ? 'target' : 'back end';
  const lbName = isAlb ? 'Application Load Balancer' : 'Classic Load Balancer';
  if (detection.context.endsWith(':elb_status_code')) {
    const parts: string[] = [];
    if (isAlb && albCodes[detection.code]) parts.push(`The ${lbName}'s own code: ${albCodes[detection.code]}`);
    if (target && target.code === undefined) {
      const why = noTargetAnswer[detection.code];
      if (why) parts.push(isAlb ? why : why.replace(/target group/g, 'load balancer').replace(/\btarget\b/g, targetName));
      else if (!albCodes[detection.code]) parts.push(`The load balancer answered by itself: no ${targetName} answered this request (its status is \`-\`).`);
    } else if (target?.code !== undefined && target.code !== detection.code) {
      parts.push(`The load balancer sent ${detection.code} although the ${targetName} answered ${target.code}.`);
    }
    return parts.length > 0 ? parts.join(' ') : undefined;
  }
  // target_status_code / backend_status_code (and the list)
  const sent = lb?.code;
  return `What the ${targetName} answered${sent !== undefined && sent !== detection.code ? `; the load balancer sent ${sent} to the client` : ''}.`;
}

function cloudflareNote(detection: Detection, lineText: string, known?: LogRecord): string | undefined {
  const record = known ?? readCloudflareLine(lineText);
  const edge = record?.fields.find((f) => f.field === 'EdgeResponseStatus')?.code;
  const origin = record?.fields.find((f) => f.field === 'OriginResponseStatus')?.code;
  if (detection.context.endsWith(':OriginResponseStatus')) {
    return `What the origin answered${edge !== undefined && edge !== detection.code ? `; Cloudflare sent ${edge} to the client` : ''}.`;
  }
  const parts: string[] = [];
  const own = cloudflareCodes[detection.code];
  if (own) parts.push(`Cloudflare's own code: ${own}`);
  if (detection.code >= 520 && detection.code <= 530) {
    parts.push(origin === undefined ? 'No HTTP response came from the origin (OriginResponseStatus is 0).' : `The origin answered ${origin}.`);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** What a code means in a whole log of this format (the summary's per-code note). */
export function vendorNoteForCode(format: LogFormatId | null, code: number): string | undefined {
  if (format === 'nginx') return nginxCodes[code];
  if (format === 'alb') return albCodes[code] && `The load balancer's own code: ${albCodes[code]}`;
  if (format === 'cloudflare') return cloudflareCodes[code] && `Cloudflare's own code: ${cloudflareCodes[code]}`;
  return undefined;
}

/** The dataset source a whole log of this format prefers. */
export function vendorSourceForFormat(format: LogFormatId | null): string | undefined {
  const contexts: Partial<Record<LogFormatId, string>> = {
    nginx: 'log:nginx', alb: 'log:alb', elb: 'log:elb', cloudflare: 'log:cloudflare', cloudfront: 'log:cloudfront',
  };
  const context = format ? contexts[format] : undefined;
  return context ? vendorSourceFor(context) : undefined;
}

/** What a secondary field's `-` means, for the summary. */
export function missingFieldNote(field: string): string {
  if (field === 'target_status_code') return 'the target never answered (target_status_code `-`)';
  if (field === 'backend_status_code') return 'the back end never answered (backend_status_code `-`)';
  return `no ${field}`;
}
