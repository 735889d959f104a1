// The workspace's status sites by file: what Find All References, workspace symbols and the status map
// read. Pure bookkeeping — which files to read, and when, is the server's business
// (server/src/workspaceIndexFeature.ts); an open document's sites replace its file's on disk.
import { Location, SymbolKind, WorkspaceSymbol } from 'vscode-languageserver-types';
import { normalizeName, StatusCodeIndex } from './dataset';
import { StatusSite } from './statusSites';
import { statusName } from './statusName';
import { codeAt, PackedSites, packSites, siteCount, unpackSite, unpackSites } from './packedSites';

/** Workspace symbol answers stop here: a query such as `2` would otherwise list most of a big workspace. */
export const maxSymbolResults = 1000;

export class WorkspaceSites {
  /** Packed (packedSites.ts): a big workspace holds 100,000+ sites. */
  private readonly byUri = new Map<string, PackedSites>();

  set(uri: string, sites: StatusSite[]): void {
    this.setPacked(uri, packSites(sites));
  }

  setPacked(uri: string, packed: PackedSites): void {
    if (siteCount(packed) === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, packed);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Forgets every file under a folder uri (a workspace folder removed). */
  deleteUnder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    for (const uri of [...this.byUri.keys()]) if (uri.startsWith(prefix)) this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }

  /** Files with at least one site. */
  get fileCount(): number {
    return this.byUri.size;
  }

  /** Every file's sites (unpacked one file at a time). */
  *entries(): IterableIterator<[string, StatusSite[]]> {
    for (const [uri, packed] of this.byUri) yield [uri, unpackSites(packed)];
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }

  /** Every site of `code`, in every form, file by file (files in uri order, sites in document order). */
  references(code: number): Location[] {
    const out: Location[] = [];
    for (const uri of [...this.byUri.keys()].sort()) {
      const packed = this.byUri.get(uri)!;
      for (let i = 0; i < siteCount(packed); i++) if (codeAt(packed, i) === code) out.push({ uri, range: unpackSite(packed, i).range });
    }
    return out;
  }

  /**
   * Sites for a workspace symbol query: digits match codes that start with them (`503`, `50`), words
   * match a code's names and aliases (`Service Unavailable`, `service_unavailable`) or the text as
   * written (`StatusServiceUnavailable`). An empty query lists nothing.
   */
  symbols(query: string, index: StatusCodeIndex, limit = maxSymbolResults): WorkspaceSymbol[] {
    const matches = symbolMatcher(query, index);
    if (!matches) return [];
    const out: WorkspaceSymbol[] = [];
    for (const uri of [...this.byUri.keys()].sort()) {
      const packed = this.byUri.get(uri)!;
      for (let i = 0; i < siteCount(packed); i++) {
        const site = unpackSite(packed, i);
        if (!matches(site)) continue;
        const name = statusName(site, index);
        out.push({
          name: name ? `${site.code} ${name}` : String(site.code),
          kind: site.form === 'literal' ? SymbolKind.Number : site.form === 'string' ? SymbolKind.String : SymbolKind.Constant,
          containerName: site.text,
          location: { uri, range: site.range },
        });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

function symbolMatcher(query: string, index: StatusCodeIndex): ((site: StatusSite) => boolean) | undefined {
  const q = query.trim();
  if (!q) return undefined;
  if (/^\d{1,3}$/.test(q)) return (site) => String(site.code).startsWith(q);
  // "503 Service Unavailable", as the symbols are named.
  const named = /^(\d{3})\s+\D/.exec(q);
  if (named) return (site) => site.code === Number(named[1]);
  const wanted = normalizeName(q);
  if (!wanted) return undefined;
  const byCode = new Map<number, boolean>();
  const nameMatches = (code: number) => {
    let hit = byCode.get(code);
    if (hit === undefined) {
      const names = (index.get(code)?.meanings ?? []).flatMap((m) => [m.name, ...(m.aliases ?? [])]);
      hit = names.some((n) => normalizeName(n).includes(wanted)) || normalizeName(`${code}`).includes(wanted);
      byCode.set(code, hit);
    }
    return hit;
  };
  const compact = wanted.replace(/ /g, '');
  return (site) => nameMatches(site.code) || site.text.toLowerCase().replace(/[^a-z0-9]/g, '').includes(compact);
}
