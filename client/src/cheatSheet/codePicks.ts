// Quick pick rows for status codes (number, name, aliases, other meanings). Pure, unit-tested.
import type { StatusCodeIndex } from '../../../server/src/service/dataset';

export interface CodePick {
  code: number;
  label: string;
  description: string;
  detail: string;
}

export function codePicks(index: StatusCodeIndex): CodePick[] {
  return [...index.all()]
    .filter((entry) => entry.meanings?.length)
    .sort((a, b) => a.code - b.code)
    .map((entry) => {
      const [primary, ...others] = entry.meanings;
      const sourceName = (source: string): string => index.dataset.sources?.[source]?.name ?? source;
      const extra = [
        ...(primary.aliases ?? []),
        ...(primary.source === 'iana' ? [] : [sourceName(primary.source)]),
        ...others.map((m) => `${sourceName(m.source)}: ${m.name}`),
      ];
      return { code: entry.code, label: `${entry.code} ${primary.name}`, description: extra.join(' · '), detail: primary.summary ?? '' };
    });
}
