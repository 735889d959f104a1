// The status map: which codes a tree sends or checks, per code its name, count and sites, grouped by
// class. Shared by the `map` command and the workspace index (the Status Map view).
import { StatusCodeIndex } from './dataset';
import { DetectionForm } from './detection/types';
import { statusName } from './statusName';

export interface StatusMapSite {
  /** A path (the CLI) or a uri (the editor). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  form: DetectionForm;
  text: string;
}

export interface StatusMapEntry {
  code: number;
  /** "Not Found", "Client Closed Request (NGINX)"; null for a code the dataset does not know. */
  name: string | null;
  /** "Client Error"… */
  class: string | null;
  /** The vendor of a code that is not IANA-registered ("NGINX"). */
  vendor?: string;
  count: number;
  sites: StatusMapSite[];
}

/** Groups sites by code, codes in ascending order, sites in the order given. */
export function buildStatusMap(sites: Iterable<StatusMapSite & { code: number }>, index: StatusCodeIndex): StatusMapEntry[] {
  const byCode = new Map<number, StatusMapSite[]>();
  for (const { code, ...site } of sites) {
    let list = byCode.get(code);
    if (!list) byCode.set(code, (list = []));
    list.push(site);
  }
  return [...byCode.entries()].sort(([a], [b]) => a - b).map(([code, list]) => {
    const primary = index.primary(code);
    return {
      code,
      name: statusName({ code }, index) ?? null,
      class: index.classOf(code)?.title ?? null,
      ...(primary && primary.source !== 'iana' ? { vendor: index.sourceName(primary.source) } : {}),
      count: list.length,
      sites: list,
    };
  });
}
