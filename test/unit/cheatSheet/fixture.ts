// A tiny dataset for the cheat-sheet tests: a few codes from each class, vendor codes, a retired code,
// a code with two meanings, and two comparisons.
import type { Dataset, FlowStep, StatusMeaning } from '../../../server/src/service/dataset';

const answered: FlowStep[] = [{ actor: 'client', does: 'sends the request' }, { actor: 'server', does: 'answers it', producesStatus: true }];

function meaning(source: string, name: string, summary: string, extra: Partial<StatusMeaning> = {}): StatusMeaning {
  return {
    source, name, summary, description: extra.description ?? summary, whenToUse: [], commonCauses: [], headers: [],
    cacheable: false, bodyAllowed: true, confusedWith: [], flow: answered, ...extra,
  };
}

/** The flows of the 5xx comparison, as the dataset has them (shortened). */
const viaProxy = (upstream: string, proxy: string): FlowStep[] => [
  { actor: 'client', does: 'sends the request' }, { actor: 'proxy', does: 'forwards it to the upstream' },
  { actor: 'upstream', does: upstream, fails: true }, { actor: 'proxy', does: proxy, producesStatus: true },
];

const iana = (status: 'permanent' | 'unused' | 'obsolete' = 'permanent') => ({ registry: { status, reference: 'RFC 9110' } });

export const fixture: Dataset = {
  updated: '2026-11-24',
  classes: {
    1: { title: 'Informational', summary: '' },
    2: { title: 'Success', summary: '' },
    3: { title: 'Redirection', summary: '' },
    4: { title: 'Client Error', summary: '' },
    5: { title: 'Server Error', summary: '' },
  },
  actors: {
    client: { name: 'Client', short: 'Client' }, cache: { name: 'Browser cache', short: 'Cache' }, cdn: { name: 'CDN / edge', short: 'CDN' },
    'load-balancer': { name: 'Load balancer', short: 'Load balancer' }, proxy: { name: 'Gateway / proxy', short: 'Proxy' },
    server: { name: 'Server / app', short: 'Server' }, upstream: { name: 'Upstream / origin', short: 'Upstream' },
    'auth-server': { name: 'Auth server', short: 'Auth server' },
  },
  sources: {
    iana: { name: 'IANA', kind: 'standard', url: 'https://www.iana.org/assignments/http-status-codes/' },
    nginx: { name: 'NGINX', kind: 'vendor' },
    cloudflare: { name: 'Cloudflare', kind: 'vendor' },
    'aws-elb': { name: 'AWS ELB', kind: 'vendor' },
    iis: { name: 'IIS', kind: 'vendor' },
    laravel: { name: 'Laravel', kind: 'unofficial' },
  },
  codes: [
    { code: 100, meanings: [meaning('iana', 'Continue', 'Keep sending the request body.', iana())] },
    { code: 200, meanings: [meaning('iana', 'OK', 'The request succeeded.', { ...iana(), cacheable: true })] },
    { code: 204, meanings: [meaning('iana', 'No Content', 'Success, no body.', { ...iana(), bodyAllowed: false })] },
    { code: 306, meanings: [meaning('iana', 'Switch Proxy', 'No longer used.', iana('unused'))] },
    { code: 404, meanings: [meaning('iana', 'Not Found', 'The server has no current representation for the target resource.', {
      ...iana(), cacheable: true, spec: { title: 'RFC 9110, Section 15.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#status.404' },
      mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404',
    })] },
    { code: 413, meanings: [meaning('iana', 'Content Too Large', 'The request content is larger than the server allows.', { ...iana(), aliases: ['Payload Too Large', 'Request Entity Too Large'] })] },
    { code: 418, meanings: [meaning('iana', "I'm a teapot", 'An April Fools joke: the server refuses to brew coffee because it is a teapot.', iana('unused'))] },
    { code: 419, meanings: [meaning('laravel', 'Page Expired', 'The CSRF token is missing or expired.')] },
    { code: 429, meanings: [meaning('iana', 'Too Many Requests', 'The client sent too many requests in a given time.', {
      ...iana(), description: 'Used for rate limiting: the user has sent too many requests in a given amount of time.', headers: ['Retry-After'],
    })] },
    { code: 449, meanings: [meaning('iis', 'Retry With', 'The client should retry after performing an action.')] },
    { code: 451, meanings: [
      meaning('iana', 'Unavailable For Legal Reasons', 'Censored or blocked for legal reasons.', iana()),
      meaning('iis', 'Redirect', 'Exchange ActiveSync: the client should use another server.'),
    ] },
    { code: 460, meanings: [meaning('aws-elb', 'Client Closed Connection', 'The client closed the connection before the load balancer timed out.')] },
    { code: 499, meanings: [meaning('nginx', 'Client Closed Request', 'The client closed the connection while NGINX was processing.', { sentToClient: false })] },
    { code: 500, meanings: [meaning('iana', 'Internal Server Error', 'The server hit an unexpected condition.', {
      ...iana(), flow: [{ actor: 'client', does: 'sends the request' }, { actor: 'server', does: 'hits an error and sends 500', fails: true, producesStatus: true }],
    })] },
    { code: 502, meanings: [meaning('iana', 'Bad Gateway', 'A gateway or proxy received an invalid response from the upstream server.', {
      ...iana(), whenToUse: ['Your proxy got a malformed response from the upstream.'], commonCauses: ['The upstream crashed.'],
      flow: viaProxy('sends invalid HTTP', 'sends 502 to the client'),
    }), meaning('aws-elb', 'Bad Gateway', 'The load balancer got a bad answer from a target (gateway side).')] },
    { code: 503, meanings: [meaning('iana', 'Service Unavailable', 'The server is temporarily unable to handle the request (overload or maintenance).', {
      ...iana(), headers: ['Retry-After'],
      flow: [{ actor: 'client', does: 'sends the request' }, { actor: 'server', does: 'is overloaded and sends 503', fails: true, producesStatus: true }],
    })] },
    { code: 504, meanings: [meaning('iana', 'Gateway Timeout', 'A gateway or proxy did not get a response from the upstream in time.', {
      ...iana(), flow: viaProxy('does not answer in time', 'sends 504 to the client'),
    })] },
    { code: 520, meanings: [meaning('cloudflare', 'Web Server Returned an Unknown Error', 'The origin returned something Cloudflare did not expect.')] },
  ],
  comparisons: [
    {
      id: '500-502-503-504', codes: [500, 502, 503, 504], title: '500 vs 502 vs 503 vs 504',
      keyInsight: 'Who failed: this server (500), the upstream (502, 504) or capacity (503).',
      decisionGuide: [
        { code: 500, useWhen: 'Your own code threw an unexpected exception.' },
        { code: 502, useWhen: 'The upstream answered with garbage.' },
        { code: 503, useWhen: 'You are overloaded or in maintenance and will be back.' },
        { code: 504, useWhen: 'The upstream did not answer in time.' },
      ],
    },
    {
      id: '502-504', codes: [502, 504], title: '502 vs 504', keyInsight: 'Bad answer or no answer.',
      decisionGuide: [{ code: 502, useWhen: 'Bad answer.' }, { code: 504, useWhen: 'No answer.' }, { code: 502, useWhen: 'Duplicate line.' }],
    },
  ],
};
