// The only links the webviews may ask the host to open: https URLs that the dataset itself names.
// Pure, unit-tested.
import type { Dataset } from '../../../server/src/service/dataset';

export function datasetLinks(dataset: Dataset): Set<string> {
  const links = new Set<string>();
  for (const source of Object.values(dataset.sources ?? {})) if (source.url) links.add(source.url);
  for (const entry of dataset.codes ?? []) {
    for (const meaning of entry.meanings ?? []) {
      if (meaning.spec?.url) links.add(meaning.spec.url);
      if (meaning.mdn) links.add(meaning.mdn);
    }
  }
  return links;
}

/** The URL when it is https, has no credentials and is one of `allowed`; otherwise undefined. */
export function safeExternalUrl(url: unknown, allowed: ReadonlySet<string>): string | undefined {
  if (typeof url !== 'string' || url.length > 2048 || !allowed.has(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return undefined;
  return url;
}
