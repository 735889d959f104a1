// The Check URL view: the redirect chain (method, URL, status with its name, Location, time), one-line
// explanations from the dataset with links into the cheat sheet, timings, TLS, notes, the final
// headers; a "more options" form and a small API playground. Every server-supplied string goes into
// the DOM as text (see ../shared/dom.ts), so hostile HTML in a header or status line stays inert.
import './style.css';
import type { CheckFormOptions, CheckUrlToHost, CheckViewModel, HostToCheckUrl } from '../../checkUrl/checkUrlMessages';
import type { Hop } from '../../../../server/src/node/checkUrl/checkUrl';
import { append, button, clear, h } from '../shared/dom';
import { hostBridge } from '../shared/vscodeApi';

const host = hostBridge<CheckUrlToHost, never>();
const playgroundMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

// ---- The check form ----
const urlInput = h('input', { type: 'url', id: 'url', 'aria-label': 'URL to check', placeholder: 'https://example.com/', spellcheck: 'false' });
const methodSelect = h('select', { id: 'method', 'aria-label': 'Method' },
  h('option', { value: 'AUTO' }, 'HEAD, then GET if refused'), h('option', { value: 'GET' }, 'GET'), h('option', { value: 'HEAD' }, 'HEAD'));
const followInput = h('input', { type: 'checkbox', id: 'follow', checked: true });
const maxHopsInput = h('input', { type: 'number', id: 'max-hops', min: 0, max: 50, value: 10 });
const timeoutInput = h('input', { type: 'number', id: 'timeout', min: 100, max: 300000, step: 100, value: 10000 });
const headersInput = h('textarea', { id: 'headers', rows: 3, placeholder: 'Name: value (one per line)', spellcheck: 'false' });
const userAgentInput = h('input', { type: 'text', id: 'user-agent', placeholder: 'default: http-status-lens/0.1 (URL check)' });
const insecureInput = h('input', { type: 'checkbox', id: 'insecure' });
const checkButton = button('Check', () => submitCheck(), { class: 'primary', id: 'check' });
const cancelButton = button('Cancel', () => host.post({ type: 'cancel' }), { id: 'cancel', hidden: true });

function formOptions(): CheckFormOptions {
  const int = (input: HTMLInputElement, fallback: number) => (Number.isInteger(Number(input.value)) && input.value !== '' ? Number(input.value) : fallback);
  return {
    method: methodSelect.value,
    followRedirects: followInput.checked,
    maxHops: Math.min(50, Math.max(0, int(maxHopsInput, 10))),
    timeoutMs: Math.min(300_000, Math.max(100, int(timeoutInput, 10_000))),
    headers: headersInput.value,
    userAgent: userAgentInput.value,
    insecure: insecureInput.checked,
  };
}

function submitCheck(): void {
  if (urlInput.value.trim()) host.post({ type: 'check', url: urlInput.value.trim(), options: formOptions() });
}
urlInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') submitCheck(); });

const label = (text: string, control: HTMLElement, id: string) => h('label', { for: id }, text, ' ', control);
const form = h('section', { class: 'check-form', 'aria-label': 'Check a URL' },
  h('div', { class: 'row' }, urlInput, checkButton, cancelButton),
  h('details', { id: 'more-options' },
    h('summary', {}, 'More options'),
    h('div', { class: 'options' },
      label('Method', methodSelect, 'method'),
      h('label', { for: 'follow' }, followInput, ' Follow redirects'),
      label('Max hops', maxHopsInput, 'max-hops'),
      label('Timeout (ms per hop)', timeoutInput, 'timeout'),
      label('User agent', userAgentInput, 'user-agent'),
      h('label', { for: 'insecure' }, insecureInput, ' Check anyway if the certificate is not trusted (insecure)'),
      label('Extra request headers', headersInput, 'headers'),
    )));

const statusLine = h('p', { class: 'status', id: 'status', role: 'status' }, 'Run "HTTP Status Lens: Check URL" or enter a URL above.');
const resultRoot = h('div', { id: 'result', 'aria-live': 'polite' });

// ---- The playground ----
const pgMethod = h('select', { id: 'pg-method', 'aria-label': 'Playground method' }, playgroundMethods.map((m) => h('option', { value: m }, m)));
const pgUrl = h('input', { type: 'url', id: 'pg-url', 'aria-label': 'Playground URL', placeholder: 'https://api.example.com/items', spellcheck: 'false' });
const pgHeaders = h('textarea', { id: 'pg-headers', rows: 3, placeholder: 'Content-Type: application/json', spellcheck: 'false' });
const pgBody = h('textarea', { id: 'pg-body', rows: 5, placeholder: '{"name": "value"}', spellcheck: 'false' });
const pgSend = button('Send', () => {
  // Sent only on this explicit click, whatever the method.
  if (pgUrl.value.trim()) host.post({ type: 'send', request: { url: pgUrl.value.trim(), method: pgMethod.value, headers: pgHeaders.value, body: pgBody.value } });
}, { class: 'primary', id: 'pg-send' });
const pgResult = h('div', { id: 'pg-result', 'aria-live': 'polite' });
const playground = h('details', { class: 'playground', id: 'playground' },
  h('summary', {}, 'API playground'),
  h('p', { class: 'hint' }, 'Compose one request (no redirects followed). It is sent only when you press Send; at most 8 KB of the body is read.'),
  h('div', { class: 'row' }, pgMethod, pgUrl, pgSend),
  label('Headers', pgHeaders, 'pg-headers'),
  label('Body', pgBody, 'pg-body'),
  pgResult);

document.body.appendChild(h('main', { class: 'check-url' }, h('h1', {}, 'Check URL'), form, statusLine, resultRoot, playground));

// ---- Rendering ----
const dash = '—';
const ms = (value: number | undefined) => (value === undefined ? dash : `${value} ms`);

function statusButton(hop: Hop): HTMLElement {
  if (hop.status < 100 || hop.status > 599) return h('span', { class: 'code' }, String(hop.status));
  return button(String(hop.status), () => host.post({ type: 'lookup', code: hop.status }), {
    class: `link-button code status-${Math.floor(hop.status / 100)}xx`, title: `Show ${hop.status} in the cheat sheet`,
  });
}

function chainTable(model: CheckViewModel): HTMLElement {
  const { hops } = model.result;
  return h('div', { class: 'table-scroll' }, h('table', { class: 'hops' },
    h('caption', { class: 'hint' }, `Redirect chain: ${hops.length} hop${hops.length === 1 ? '' : 's'} in ${model.result.totalMs} ms`),
    h('thead', {}, h('tr', {}, ['#', 'Method', 'URL', 'Status', 'Location', 'Time'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, hops.map((hop, i) => [
      h('tr', { class: 'hop' },
        h('td', {}, String(i + 1)),
        h('td', { class: 'method' }, hop.method, hop.headFallback ? h('span', { class: 'tag', title: hop.headFallback.reason }, 'after HEAD') : null),
        h('td', { class: 'url' }, hop.url),
        h('td', { class: 'status-cell' }, statusButton(hop), ' ', h('span', { class: 'status-text' }, hop.statusText)),
        h('td', { class: 'url location' }, hop.location ?? dash),
        h('td', { class: 'time' }, `${hop.timeMs} ms`)),
      h('tr', { class: 'explanation' }, h('td', {}), h('td', { colspan: 5, class: 'hint' }, model.explanations[i] ?? '')),
    ]))));
}

function timingTable(hops: Hop[]): HTMLElement {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'timings' },
    h('thead', {}, h('tr', {}, ['#', 'DNS', 'Connect', 'TLS', 'Time to first byte', 'Total'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, hops.map((hop, i) => h('tr', {},
      h('td', {}, String(i + 1)),
      h('td', {}, hop.timings.reusedConnection ? 'reused' : ms(hop.timings.dnsMs)),
      h('td', {}, ms(hop.timings.connectMs)),
      h('td', {}, ms(hop.timings.tlsMs)),
      h('td', {}, ms(hop.timings.ttfbMs)),
      h('td', {}, ms(hop.timings.totalMs)))))));
}

function tlsSection(hops: Hop[]): HTMLElement | null {
  const secured = hops.map((hop, i) => ({ hop, i })).filter(({ hop }) => hop.tls);
  if (!secured.length) return null;
  return h('section', { 'aria-labelledby': 'tls-title' }, h('h2', { id: 'tls-title' }, 'TLS'),
    h('div', { class: 'table-scroll' }, h('table', { class: 'tls' },
      h('thead', {}, h('tr', {}, ['#', 'Protocol', 'Subject', 'Issuer', 'Expires', 'Days left', 'Trusted'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, secured.map(({ hop, i }) => {
        const t = hop.tls!;
        return h('tr', {},
          h('td', {}, String(i + 1)), h('td', {}, t.protocol ?? dash), h('td', {}, t.subject ?? dash), h('td', {}, t.issuer ?? dash),
          h('td', {}, t.validTo?.slice(0, 10) ?? dash), h('td', {}, t.daysLeft === undefined ? dash : String(t.daysLeft)),
          h('td', { class: t.authorized ? '' : 'error' }, t.authorized ? 'Yes' : `No: ${t.authorizationError ?? 'not trusted'}`));
      })))));
}

function headersTable(headers: Record<string, string>, caption: string): HTMLElement {
  const entries = Object.entries(headers);
  if (!entries.length) return h('p', { class: 'hint' }, 'No headers.');
  return h('div', { class: 'table-scroll' }, h('table', { class: 'headers' },
    h('caption', { class: 'hint' }, caption),
    h('tbody', {}, entries.map(([name, value]) => h('tr', {}, h('th', { scope: 'row' }, name), h('td', { class: 'header-value' }, value))))));
}

function notesList(model: CheckViewModel): HTMLElement | null {
  if (!model.notes.length) return null;
  return h('section', { 'aria-labelledby': 'notes-title' }, h('h2', { id: 'notes-title' }, 'Notes'),
    h('ul', { class: 'notes' }, model.notes.map((note) => h('li', { class: `note ${note.level}` },
      h('span', { class: 'note-level' }, note.level === 'warning' ? 'Warning' : 'Note'), ' ', note.message))));
}

function errorBox(model: CheckViewModel): HTMLElement | null {
  const error = model.result.error;
  if (!error) return null;
  return h('p', { class: 'error check-error', role: 'alert' }, h('strong', {}, `Check failed (${error.kind}): `), error.message);
}

function bodyView(hop: Hop | undefined): HTMLElement | null {
  if (!hop?.body) return null;
  let text = hop.body.text;
  const json = /json/i.test(hop.headers['content-type'] ?? '') || /^\s*[[{]/.test(text);
  if (json && !hop.body.truncated) {
    try { text = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON after all: show as is */ }
  }
  return h('div', {},
    h('h3', {}, `Body (${hop.body.bytes} bytes${hop.body.truncated ? ', truncated' : ''})`),
    h('pre', { class: 'body' }, text));
}

function renderResult(model: CheckViewModel): void {
  clear(resultRoot);
  const hops = model.result.hops;
  const final = hops[hops.length - 1];
  statusLine.textContent = final
    ? `${model.result.url} → ${final.status} ${final.statusText} after ${hops.length} hop${hops.length === 1 ? '' : 's'}`
    : `${model.result.url}: no response`;
  append(resultRoot, [
    errorBox(model),
    hops.length ? [chainTable(model), h('h2', {}, 'Timing'), timingTable(hops)] : null,
    tlsSection(hops),
    notesList(model),
    final ? h('section', { 'aria-labelledby': 'final-title' }, h('h2', { id: 'final-title' }, 'Final response headers'),
      headersTable(final.headers, `${final.method} ${final.url} → ${final.status}`), bodyView(final)) : null,
  ]);
  setRunning(false);
}

function renderPlayground(model: CheckViewModel): void {
  clear(pgResult);
  const hop = model.result.hops[0];
  append(pgResult, [
    errorBox(model),
    hop ? [
      h('p', { class: 'pg-status' }, statusButton(hop), ' ', hop.statusText, ` · ${hop.timeMs} ms`),
      h('p', { class: 'hint' }, model.explanations[0] ?? ''),
      notesList(model),
      h('h3', {}, 'Response headers'), headersTable(hop.headers, `${hop.method} ${hop.url}`),
      bodyView(hop),
    ] : null,
  ]);
  pgSend.disabled = false;
}

function setRunning(running: boolean, text?: string): void {
  checkButton.disabled = running;
  cancelButton.hidden = !running;
  if (text) statusLine.textContent = text;
}

function applyOptions(url: string, options: CheckFormOptions): void {
  urlInput.value = url;
  if (!pgUrl.value) pgUrl.value = url;
  methodSelect.value = options.method;
  followInput.checked = options.followRedirects;
  maxHopsInput.value = String(options.maxHops);
  timeoutInput.value = String(options.timeoutMs);
  headersInput.value = options.headers;
  userAgentInput.value = options.userAgent;
  insecureInput.checked = options.insecure;
}

window.addEventListener('message', (event: MessageEvent<HostToCheckUrl>) => {
  const message = event.data;
  switch (message?.type) {
    case 'options': applyOptions(message.url, message.options); break;
    case 'running':
      if (message.what === 'check') setRunning(true, `Checking ${message.url}…`);
      else { pgSend.disabled = true; clear(pgResult); pgResult.appendChild(h('p', { class: 'hint' }, `Sending to ${message.url}…`)); }
      break;
    case 'result': renderResult(message.model); break;
    case 'playgroundResult': renderPlayground(message.model); break;
  }
});

host.post({ type: 'ready' });
