// JavaScript/TypeScript: Express, Koa, Fastify, Hapi, Next.js, fetch/Deno/Bun Response, AWS Lambda, NestJS,
// SvelteKit, supertest/jest/chai/nock assertions, http-status-codes / http-status / axios constants.
import { FamilyRules, FileHints, ConstantMatch } from '../familyRules';
import { commonNames, squash } from '../names/standard';
import { pascalStatusCode } from '../names/dotnet';

const isMethod = (receiver: string) => receiver !== '';
const isBare = (receiver: string) => receiver === '';

function upper(member: string): number | undefined {
  return /^[A-Z][A-Z0-9_]*$/.test(member) ? commonNames.get(squash(member)) : undefined;
}

function jsFramework(context: string, file: FileHints): string | undefined {
  if (context.startsWith('status-line')) return undefined;
  if (file.has('@nestjs/')) return 'nestjs';
  if (context.includes('ctx.') || context.includes('ctx:')) return file.has('koa') ? 'koa' : undefined;
  if (context.includes('reply.')) return 'fastify';
  if (file.has('next/server') || file.has('next/')) return 'nextjs';
  if (file.has('@sveltejs/kit')) return 'sveltekit';
  if (file.has('@hapi/') || file.has('hapi')) return 'hapi';
  if (file.has('fastify')) return 'fastify';
  if (file.has('koa')) return 'koa';
  if (file.has('express')) return 'express';
  if (context === 'key:statusCode' && (file.has('APIGateway') || file.has('exports.handler') || file.has('export const handler'))) return 'aws-lambda';
  if (context.startsWith('call:res.') || context.startsWith('call:response.')) return 'express';
  if (context === 'key:status') return 'fetch';
  if (context.startsWith('constant:')) {
    if (context.includes('StatusCodes')) return 'http-status-codes';
    if (context.includes('HttpStatusCode')) return 'axios';
  }
  return undefined;
}

export const javascriptRules: FamilyRules = {
  family: 'javascript',
  syntax: {
    slashComments: true, hashComments: false, tripleQuotes: false, backtickStrings: true, regexLiterals: true,
    singleLineStrings: true,
  },
  calls: {
    writeHead: { args: [0] },
    redirect: { args: [0, 1] },
    Redirect: { args: [1], framework: 'nestjs' },
    throw: { args: [0], receiver: (r) => /ctx|context/i.test(r) },
    // Koa ctx.assert(cond, 400, msg); fastify-sensible fastify.assert(cond, 400, msg) and fastify.assert.ok(v, 400)
    assert: { args: [1], receiver: (r) => /ctx|context/i.test(r) || /^(?:app|fastify|instance|server)$/.test(r) },
    ok: { args: [1], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    equal: { args: [2], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    notEqual: { args: [2], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    strictEqual: { args: [2], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    notStrictEqual: { args: [2], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    deepEqual: { args: [2], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    notDeepEqual: { args: [2], receiver: (r) => /^(?:app|fastify|instance|server)\.assert$/.test(r) },
    code: { args: [0], receiver: isMethod },
    reply: { args: [0], receiver: isMethod },
    replyWithError: { args: [] },
    HttpException: { args: 'any' },
    HttpError: { args: 'any' },
    createError: { args: [0] },
    createHttpError: { args: [0] },
    httpErrors: { args: [0] },
    error: { args: [0], receiver: isBare },
    fail: { args: [0], receiver: isBare },
    sendError: { args: [0], receiver: isMethod },
    setStatus: { args: [0] },
    // Hono: c.text(body, 404), c.body(null, 204), c.html(page, 200), c.newResponse(body, 201)
    text: { args: [1], receiver: (r) => r === 'c', framework: 'hono' },
    body: { args: [1], receiver: (r) => r === 'c', framework: 'hono' },
    html: { args: [1], receiver: (r) => r === 'c', framework: 'hono' },
    newResponse: { args: [1], receiver: (r) => r === 'c', framework: 'hono' },
    ApiResponse: { args: [] },
  },
  qualifiers: new Set(['HttpStatus', 'httpStatus', 'HTTP_STATUS', 'StatusCodes', 'HttpStatusCode', 'HttpStatusCodes',
    'httpStatusCodes', 'status', 'Status', 'STATUS_CODE', 'StatusCode', 'constants', 'RedirectStatusCode']),
  constant(qualifier, member): ConstantMatch | undefined {
    if (qualifier === 'constants') {
      const m = /^HTTP_STATUS_([A-Z0-9_]+)$/.exec(member);
      const code = m ? commonNames.get(squash(m[1])) : undefined;
      return code ? { code, framework: 'node-http2' } : undefined;
    }
    if (qualifier === 'HttpStatusCode') {
      const code = /^[A-Z][a-z]/.test(member) ? pascalStatusCode(member, squash(member)) : upper(member);
      return code ? { code, framework: 'axios' } : undefined;
    }
    // Next.js: RedirectStatusCode.TemporaryRedirect (its own enum of 303, 307, 308).
    if (qualifier === 'RedirectStatusCode') {
      const code = ({ SeeOther: 303, TemporaryRedirect: 307, PermanentRedirect: 308 } as Record<string, number>)[member];
      return code ? { code, framework: 'nextjs' } : undefined;
    }
    if ((qualifier === 'Status' || qualifier === 'STATUS_CODE') && /^[A-Z][a-z]/.test(member)) {
      const pascal = pascalStatusCode(member, squash(member));
      return pascal ? { code: pascal, framework: 'deno' } : undefined;
    }
    const code = upper(member);
    if (!code) return undefined;
    if (qualifier === 'StatusCodes') return { code, framework: 'http-status-codes' };
    if (qualifier === 'HttpStatus') return { code, framework: 'nestjs' };
    return { code };
  },
  bareConstant(name) {
    const m = /^HTTP_STATUS_([A-Z0-9_]+)$/.exec(name);
    const code = m ? commonNames.get(squash(m[1])) : undefined;
    return code ? { code, framework: 'node-http2' } : undefined;
  },
  expectCalls: true,
  framework: jsFramework,
};
