// A file's status sites packed into one Int32Array (eight numbers a site) and a short list of the texts
// that are not the code itself: the workspace index holds 100,000+ sites, which as objects cost ~250
// bytes each and as numbers 32. Also what an index worker thread hands over (the array's buffer moves).
import { StatusSite } from './statusSites';
import { DetectionForm } from './detection/types';

export interface PackedSites {
  /** Per site: code, start line, start character, end line, end character, form, text id, vendor id. */
  nums: Int32Array;
  /** Texts (as written, when not the code's digits) and vendor sources, by id. */
  strings: string[];
}

const stride = 8;
const forms: readonly DetectionForm[] = ['literal', 'constant', 'symbol', 'string'];

export function packSites(sites: readonly StatusSite[]): PackedSites {
  const nums = new Int32Array(sites.length * stride);
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string | undefined) => {
    if (s === undefined) return -1;
    let found = ids.get(s);
    if (found === undefined) {
      found = strings.length;
      strings.push(s);
      ids.set(s, found);
    }
    return found;
  };
  sites.forEach((site, i) => {
    const o = i * stride;
    nums[o] = site.code;
    nums[o + 1] = site.range.start.line;
    nums[o + 2] = site.range.start.character;
    nums[o + 3] = site.range.end.line;
    nums[o + 4] = site.range.end.character;
    nums[o + 5] = Math.max(0, forms.indexOf(site.form));
    nums[o + 6] = site.text === String(site.code) ? -1 : id(site.text);
    nums[o + 7] = id(site.vendorSource);
  });
  return { nums, strings };
}

export function siteCount(packed: PackedSites): number {
  return packed.nums.length / stride;
}

export function codeAt(packed: PackedSites, i: number): number {
  return packed.nums[i * stride];
}

export function unpackSite(packed: PackedSites, i: number): StatusSite {
  const { nums, strings } = packed;
  const o = i * stride;
  const site: StatusSite = {
    code: nums[o],
    range: { start: { line: nums[o + 1], character: nums[o + 2] }, end: { line: nums[o + 3], character: nums[o + 4] } },
    form: forms[nums[o + 5]],
    text: nums[o + 6] < 0 ? String(nums[o]) : strings[nums[o + 6]],
  };
  if (nums[o + 7] >= 0) site.vendorSource = strings[nums[o + 7]];
  return site;
}

export function unpackSites(packed: PackedSites): StatusSite[] {
  return Array.from({ length: siteCount(packed) }, (_, i) => unpackSite(packed, i));
}
