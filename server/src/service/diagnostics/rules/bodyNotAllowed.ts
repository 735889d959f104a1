// Rule 5: 1xx, 204 and 304 responses cannot carry content; a body sent with them is dropped or
// breaks the connection's framing.
import { Detection } from '../../detection/types';
import { OffsetEdit, Rule, RuleContext, Finding } from '../types';
import { lineEndAt, matchingClose, openBracketBefore, surroundingRegion } from '../lookAround';
import { codeLabel, fix, sentStatuses, SentStatus, statusEdit } from '../ruleHelpers';
import { topLevelCommas } from '../../codeActions/headerIdioms';

const noBody = (code: number) => (code >= 100 && code < 200) || code === 204 || code === 304;
const emptyValue = /^\s*(?:''|""|``|null|undefined|None|nil|b''|b""|\[\]|)\s*$/;

interface BodySeen {
  /** Where the body is written, for the message. */
  how: string;
  /** The edits that drop it, when one is safe. */
  drop?: OffsetEdit[];
}

function bodyOf(ctx: RuleContext, sent: SentStatus): BodySeen | undefined {
  const { detection: d, site } = sent;
  const { masked, text } = ctx;
  switch (site.kind) {
    case 'express-status':
    case 'fastify-code': {
      const after = masked.slice(site.call!.close + 1);
      const m = /^\s*\.\s*(send|json|jsonp|end|write|render)\(/.exec(after);
      if (!m) return undefined;
      const open = site.call!.close + m[0].length;
      const close = matchingClose(masked, open);
      if (close < 0 || emptyValue.test(text.slice(open + 1, close))) return undefined;
      const dotAt = site.call!.close + 1 + m[0].indexOf('.');
      const replacement = site.kind === 'fastify-code' ? '.send()' : '.end()';
      return { how: `.${m[1]}(…)`, drop: [{ start: dotAt, end: close + 1, newText: replacement }] };
    }
    case 'init-object': {
      const objectOpen = openBracketBefore(masked, d.start, '{', 400);
      const callOpen = objectOpen < 0 ? -1 : openBracketBefore(masked, objectOpen, '(', 2000);
      if (callOpen < 0) return undefined;
      const head = masked.slice(Math.max(0, callOpen - 60), callOpen);
      if (/\.json\s*$/.test(head)) return { how: 'a JSON body' };
      if (!/\bnew\s+(?:Next)?Response\s*$/.test(head)) return undefined;
      const firstArg = masked.slice(callOpen + 1, objectOpen);
      const comma = firstArg.lastIndexOf(',');
      if (comma < 0) return undefined;
      const argText = text.slice(callOpen + 1, callOpen + 1 + comma);
      if (emptyValue.test(argText)) return undefined;
      const lead = /^\s*/.exec(argText)![0].length;
      const trail = /\s*$/.exec(argText)![0].length;
      return { how: 'a response body', drop: [{ start: callOpen + 1 + lead, end: callOpen + 1 + comma - trail, newText: 'null' }] };
    }
    case 'gin-call': {
      const method = /\.(\w+)$/.exec(site.call!.callee)![1];
      if (/^(?:Status|AbortWithStatus|NoContent)$/.test(method)) return undefined;
      if (site.framework === 'echo') return { how: `${method}(…)` };
      return { how: `c.${method}(…)`, drop: [{ start: site.call!.calleeStart, end: site.call!.close + 1, newText: `${site.receiver}.Status(${d.text})` }] };
    }
    case 'go-writeheader': {
      const region = surroundingRegion(text, masked, d.start, 'go', 10);
      const rest = masked.slice(d.end, region.end);
      const w = site.receiver!;
      const write = new RegExp(`\\b${w}\\.Write\\(|fmt\\.Fprint\\w*\\(\\s*${w}\\b|io\\.(?:WriteString|Copy)\\(\\s*${w}\\b|json\\.NewEncoder\\(\\s*${w}\\s*\\)`).exec(rest);
      return write ? { how: write[0].replace(/\($/, '(…)') } : undefined;
    }
    case 'py-return-tuple': {
      const stmt = text.slice(site.statement, d.start);
      const m = /^return\s+([\s\S]*?),\s*$/.exec(stmt);
      if (!m || emptyValue.test(m[1])) return undefined;
      const bodyStart = site.statement + stmt.indexOf(m[1], 6);
      return { how: 'the returned body', drop: [{ start: bodyStart, end: bodyStart + m[1].length, newText: "''" }] };
    }
    case 'py-call': {
      const call = site.call!;
      if (!/Response$/.test(call.callee)) return undefined;
      const args = text.slice(call.open + 1, call.close);
      const positional = /^\s*([^=,\s][^,=]*?)\s*(?:,|$)/.exec(args);
      const content = /\b(?:content|data)\s*=\s*([^,)]+)/.exec(args);
      const value = content?.[1] ?? (positional && !/^\w+\s*=/.test(positional[1]) ? positional[1] : undefined);
      if (value === undefined || emptyValue.test(value) || value === d.text) return undefined;
      return { how: 'response content' };
    }
    case 'spring-status': {
      const m = /^\s*\.\s*body\(/.exec(masked.slice(site.call!.close + 1));
      if (!m) return undefined;
      const open = site.call!.close + m[0].length;
      const close = matchingClose(masked, open);
      if (close < 0) return undefined;
      const dotAt = site.call!.close + 1 + m[0].indexOf('.');
      return { how: '.body(…)', drop: [{ start: dotAt, end: close + 1, newText: '.build()' }] };
    }
    case 'aspnet-statuscode': {
      const call = site.call!;
      if (topLevelCommas(masked, call.open, call.close) < 2) return undefined;
      return { how: 'a value', drop: [{ start: d.end, end: call.close, newText: '' }] };
    }
    case 'rails-status': {
      const stmt = masked.slice(site.statement, lineEndAt(masked, d.end));
      if (!/^render\b/.test(stmt) || !/\b(?:json|plain|html|body|xml|text|template|partial|inline):/.test(stmt)) return undefined;
      if (masked.slice(d.end, lineEndAt(masked, d.end)).trim() !== '') return { how: 'render' };
      return { how: 'render', drop: [{ start: site.statement, end: d.end, newText: `head ${d.text}` }] };
    }
    case 'laravel-response': {
      const call = site.call!;
      const first = text.slice(call.open + 1, call.close).split(',')[0];
      if (d.start < call.open + 1 + first.length || emptyValue.test(first)) return undefined;
      if (d.code !== 204) return { how: 'a response body' };
      const start = /^response(?:\(\)->\w+)?$/.test(call.callee) ? call.calleeStart : undefined;
      return { how: 'a response body', drop: start === undefined ? undefined : [{ start, end: call.close + 1, newText: 'response()->noContent()' }] };
    }
    case 'node-writeHead':
      return site.receiver ? nodeBodyAfter(ctx, site.receiver, site.call!.close) : undefined;
    case 'servlet-status': {
      // response.getWriter().write(…) / print(…), response.getOutputStream().write(…) in the same block.
      const after = blockAfter(ctx, site.call!.close);
      const w = escape(site.receiver!);
      const m = new RegExp(`\\b${w}\\s*\\.\\s*(?:getWriter|getOutputStream)\\(\\)\\s*\\.\\s*(?:write|print|println|append)\\(`).exec(after);
      return m ? { how: m[0].replace(/\s+/g, '').replace(/\($/, '(…)') } : undefined;
    }
    case 'sent-other': {
      // ASP.NET Results.Json(value, statusCode: 204), Results.Content(text, …, statusCode: 204).
      const call = site.call;
      if (ctx.family !== 'csharp' || !call || !/(?:^|\.)(?:Json|Content|Text|Bytes)$/.test(call.callee)) return undefined;
      const first = text.slice(call.open + 1, call.close).split(',')[0];
      return emptyValue.test(first) || /^\s*\w+\s*:/.test(first) ? undefined : { how: `${call.callee}(…)` };
    }
    case 'prop-assign': {
      if (site.framework === 'node' && site.receiver && ctx.family === 'javascript') return nodeBodyAfter(ctx, site.receiver, d.end);
      if (site.framework !== 'koa') return undefined;
      const region = surroundingRegion(text, masked, d.start, ctx.family, 6);
      const m = new RegExp(`\\b${site.receiver!.replace(/[.$]/g, '\\$&')}\\.body\\s*=(?!=)`).exec(masked.slice(region.start, region.end));
      return m ? { how: `${site.receiver}.body` } : undefined;
    }
    default:
      return undefined;
  }
}

const escape = (name: string) => name.replace(/[.$]/g, '\\$&');

/** The rest of the status's block after `from` (at most 2,000 characters). */
function blockAfter(ctx: RuleContext, from: number): string {
  const block = ctx.scopes.innermost(from);
  return ctx.masked.slice(from, Math.min(block.end, from + 2000));
}

/** Node: `res.end(x)` / `res.write(x)` with content after the status, in its block. */
function nodeBodyAfter(ctx: RuleContext, receiver: string, from: number): BodySeen | undefined {
  const after = blockAfter(ctx, from);
  const m = new RegExp(`\\b${escape(receiver)}\\s*\\.\\s*(end|write)\\(`).exec(after);
  if (!m) return undefined;
  const open = from + m.index + m[0].length - 1;
  const close = matchingClose(ctx.masked, open);
  if (close < 0 || emptyValue.test(ctx.text.slice(open + 1, close))) return undefined;
  return { how: `${receiver}.${m[1]}(…)`, drop: m[1] === 'end' ? [{ start: open + 1, end: close, newText: '' }] : undefined };
}

function basisOf(d: Detection): string {
  if (d.code < 200) return 'RFC 9110 §15.2';
  return d.code === 204 ? 'RFC 9110 §15.3.5' : 'RFC 9110 §15.4.5';
}

export const bodyNotAllowed: Rule = {
  id: 'body-not-allowed',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §15.2, §15.3.5, §15.4.5',
  description: 'A body sent with a 1xx, 204 or 304 response, which cannot carry content.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, noBody)) {
      const body = bodyOf(ctx, sent);
      if (!body) continue;
      const { detection } = sent;
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        message: `${codeLabel(ctx, detection.code)} cannot carry content, but ${body.how} sends some: it is dropped or corrupts the response (${basisOf(detection)}).`,
        fixes: () => [
          ...fix('Drop the body', body.drop, true),
          ...fix('Send 200 OK instead', [statusEdit(detection, 200)]),
        ],
      });
    }
    return findings;
  },
};
