// Hover: the markdown card for the status code under the cursor (literal, constant, symbol or string).
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex, StatusMeaning } from './dataset';
import { DocumentAnalysis, detectionAt } from './documentAnalysis';
import { Detection } from './detection/types';
import { flowLine } from './requestFlow';

export interface HoverOptions {
  /** VS Code renders `command:` links; other editors get plain text. */
  commandLinks: boolean;
}

/** The command the "compare with" links open (client/src/commands.ts registers it). */
export const compareCommand = 'httpStatusLens.compare';

export function doHover(
  document: TextDocument, position: Position, analysis: DocumentAnalysis,
  index: StatusCodeIndex, options: HoverOptions,
): Hover | null {
  // LSP positions are UTF-16 code units, as are JavaScript string offsets: offsetAt maps them exactly.
  const detection = detectionAt(analysis, document.offsetAt(position));
  if (!detection) return null;
  const markdown = statusCodeMarkdown(detection.code, index, options, detection.vendorSource, detection);
  if (!markdown) return null;
  return {
    // A log's vendor context (NGINX 499, an ALB target that never answered) adds a note under the meaning.
    contents: { kind: MarkupKind.Markdown, value: detection.note ? `${markdown}\n\n${escape(detection.note)}` : markdown },
    range: { start: document.positionAt(detection.start), end: document.positionAt(detection.end) },
  };
}

/**
 * The full card: code, name, class (and vendor), what the written form maps to, summary, request flow,
 * when to use, common causes, related headers, other meanings, "compare with" links, RFC and MDN links.
 * `vendorSource` puts that vendor's meaning first (an NGINX log's 499).
 */
export function statusCodeMarkdown(
  code: number, index: StatusCodeIndex, options: HoverOptions, vendorSource?: string, detection?: Detection,
): string | undefined {
  const mapped = detection && (detection.form === 'constant' || detection.form === 'symbol')
    ? `\`${detection.text.replace(/`/g, '')}\` → **${code}**\n\n` : '';
  const card = cardOf(code, index, options, vendorSource);
  return card === undefined ? undefined : mapped + card;
}

/** Cards already written, per dataset: a card depends only on the code, the vendor and the link style. */
const cards = new WeakMap<StatusCodeIndex, Map<string, string | undefined>>();
/** More than the codes and vendors people hover; past it the cards are written afresh. */
const maxCards = 1024;

function cardOf(code: number, index: StatusCodeIndex, options: HoverOptions, vendorSource: string | undefined): string | undefined {
  let known = cards.get(index);
  if (!known) cards.set(index, known = new Map());
  const key = `${code}|${vendorSource ?? ''}|${options.commandLinks ? 1 : 0}`;
  if (known.has(key)) return known.get(key);
  const card = writeCard(code, index, options, vendorSource);
  if (known.size >= maxCards) known.clear();
  known.set(key, card);
  return card;
}

function writeCard(code: number, index: StatusCodeIndex, options: HoverOptions, vendorSource: string | undefined): string | undefined {
  const entry = index.get(code);
  const klass = index.classOf(code);
  if (!entry || entry.meanings.length === 0) {
    if (!klass || code < 100 || code > 599) return undefined;
    return `**${code}** · ${klass.title}\n\nNot a registered status code, nor a known vendor code. `
      + `Clients treat it as ${Math.floor(code / 100)}xx: ${escape(klass.summary)}`;
  }
  const vendorMeaning = vendorSource ? entry.meanings.find((m) => m.source === vendorSource) : undefined;
  const meaning = vendorMeaning ?? entry.meanings[0];
  const sourceName = (m: StatusMeaning) => index.sourceName(m.source);
  const isVendor = meaning.source !== 'iana';

  const out: string[] = [];
  out.push(`**${code} ${escape(meaning.name)}**${klass ? ` · ${klass.title}` : ''}${isVendor ? ` · ${escape(sourceName(meaning))} (vendor code)` : ''}`);
  if (meaning.aliases?.length) out.push(`Also known as: ${meaning.aliases.map(escape).join(', ')}`);
  out.push(escape(meaning.summary));
  if (meaning.onTheWire) out.push(`*On the wire:* ${escape(meaning.onTheWire)}`);
  const flow = flowLine(code, meaning, index.dataset.actors);
  // A code span keeps the line's spacing and arrows as they are; data cannot close it early.
  if (flow) out.push(`*Flow:* \`${flow.replace(/`/g, "'")}\``);
  if (meaning.whenToUse.length) out.push(`**When to use**\n${bullets(meaning.whenToUse)}`);
  if (meaning.commonCauses.length) out.push(`**Common causes**\n${bullets(meaning.commonCauses)}`);
  if (meaning.headers.length) out.push(`**Related headers:** ${meaning.headers.map((h) => `\`${h.replace(/`/g, '')}\``).join(', ')}`);

  const others = entry.meanings.filter((m) => m !== meaning);
  if (others.length) {
    out.push(`**Other meanings of ${code}**\n${others.map((m) => `- ${escape(sourceName(m))}: **${escape(m.name)}** — ${escape(m.summary)}`).join('\n')}`);
  }

  const confused = meaning.confusedWith.filter((c, i, all) => c !== code && all.indexOf(c) === i);
  if (confused.length) {
    const label = (c: number) => `${c}${index.primary(c) ? ` ${escape(index.primary(c)!.name)}` : ''}`;
    const items = confused.map((c) => options.commandLinks
      ? `[${label(c)}](${compareLink(code, c)} "Compare ${code} with ${c}")`
      : label(c));
    out.push(`**Compare with:** ${items.join(' · ')}`);
  }

  const links: string[] = [];
  if (meaning.spec) links.push(`[${escape(meaning.spec.title)}](${meaning.spec.url})`);
  if (meaning.mdn) links.push(`[MDN](${meaning.mdn})`);
  if (links.length) out.push(links.join(' · '));
  return out.join('\n\n');
}

/** `command:httpStatusLens.compare?<encoded JSON of the argument list [[code, other]]>` */
function compareLink(code: number, other: number): string {
  return `command:${compareCommand}?${encodeURIComponent(JSON.stringify([[code, other]]))}`;
}

function bullets(items: string[]): string {
  return items.map((item) => `- ${escape(item)}`).join('\n');
}

/** Dataset text is shown as text: markdown and HTML characters are escaped. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
