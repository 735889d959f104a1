// The dataset checked against its schema, against the IANA registry snapshot, and against the
// references developers already have installed (the `statuses` package and Node's http.STATUS_CODES).
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import Ajv from 'ajv';
import statuses from 'statuses';
import { Dataset, RegistryStatus, StatusCodeIndex, StatusMeaning, normalizeName } from '../../../server/src/service/dataset';
import { loadDataset } from '../../../server/src/loadDataset';

const dataDir = path.resolve(__dirname, '..', '..', '..', 'data');
const dataset: Dataset = loadDataset(path.join(dataDir, 'status-codes.json'));
const index = new StatusCodeIndex(dataset);

/** Names that RFC 9110 (or the registry) changed; the older name must be kept as an alias. */
const KNOWN_RENAMES: Record<number, { old: string; current: string }> = {
  413: { old: 'Payload Too Large', current: 'Content Too Large' },
  418: { old: "I'm a Teapot", current: '(Unused)' },
  422: { old: 'Unprocessable Entity', current: 'Unprocessable Content' },
};

function ianaMeaning(code: number): StatusMeaning | undefined {
  return index.get(code)?.meanings.find((m) => m.source === 'iana');
}

function allMeanings(): Array<[number, StatusMeaning]> {
  return dataset.codes.flatMap((entry) => entry.meanings.map((m): [number, StatusMeaning] => [entry.code, m]));
}

/** RFC 4180 CSV: quoted fields may hold commas. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') { fields.push(field); field = ''; } else field += ch;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}

function registryStatusOf(description: string): RegistryStatus {
  if (/\(TEMPORARY\b/.test(description)) return 'temporary';
  if (description === '(Unused)') return 'unused';
  if (/\(OBSOLETED\)/.test(description)) return 'obsolete';
  return 'permanent';
}

/** "[RFC9110, Section 15.2.1]" → "RFC 9110, Section 15.2.1"; "[RFC2774][status-change-…]" → "RFC 2774; status-change-…". */
function referenceOf(cell: string): string {
  return cell.replace(/^\[|\]$/g, '').split('][').map((part) => part.replace(/^RFC(\d+)/, 'RFC $1')).join('; ');
}

describe('data/status-codes.json', () => {
  it('validates against data/status-codes.schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(dataDir, 'status-codes.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const valid = validate(dataset);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });

  it('the schema rejects a meaning without a summary, and an IANA meaning without registry data', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(dataDir, 'status-codes.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const broken = JSON.parse(JSON.stringify(dataset)) as Dataset;
    delete (broken.codes[0].meanings[0] as Partial<StatusMeaning>).summary;
    assert.strictEqual(validate(broken), false);
    const noRegistry = JSON.parse(JSON.stringify(dataset)) as Dataset;
    delete noRegistry.codes[0].meanings[0].registry;
    assert.strictEqual(validate(noRegistry), false);
  });

  it('lists each code once, in ascending order, with the IANA meaning first where there is one', () => {
    const codes = dataset.codes.map((e) => e.code);
    assert.deepStrictEqual(codes, [...new Set(codes)].sort((a, b) => a - b));
    for (const entry of dataset.codes) {
      const ianaAt = entry.meanings.findIndex((m) => m.source === 'iana');
      assert.ok(ianaAt <= 0, `${entry.code}: the IANA meaning must come first`);
      const sources = entry.meanings.map((m) => m.source);
      assert.ok(sources.every((s) => s in dataset.sources), `${entry.code}: unknown source in ${sources.join(', ')}`);
    }
  });

  it('stays small enough to load at startup (< 250 KB)', () => {
    const size = fs.statSync(path.join(dataDir, 'status-codes.json')).size;
    assert.ok(size < 250 * 1024, `${size} bytes`);
  });

  describe('against the IANA registry snapshot', () => {
    const csvFiles = fs.readdirSync(dataDir).filter((f) => /^iana-http-status-codes-\d{4}-\d{2}-\d{2}\.csv$/.test(f));

    it('keeps exactly one dated snapshot, described in data/README.md', () => {
      assert.strictEqual(csvFiles.length, 1, csvFiles.join(', '));
      const readme = fs.readFileSync(path.join(dataDir, 'README.md'), 'utf8');
      assert.ok(readme.includes(csvFiles[0]), 'README names the snapshot file');
    });

    const rows = parseCsv(fs.readFileSync(path.join(dataDir, csvFiles[0] ?? 'missing.csv'), 'utf8'));
    const registered = rows.slice(1).filter(([value, description]) => /^\d{3}$/.test(value) && description !== 'Unassigned');

    it('has the header IANA publishes and every kind of row', () => {
      assert.deepStrictEqual(rows[0], ['Value', 'Description', 'Reference']);
      assert.ok(rows.some(([value, description]) => value === '105-199' && description === 'Unassigned'));
      assert.ok(registered.length >= 60, `${registered.length} registered rows`);
    });

    it('every registered row is in the dataset with the same status and reference', () => {
      for (const [value, description, reference] of registered) {
        const meaning = ianaMeaning(Number(value));
        assert.ok(meaning, `${value} ${description} is missing`);
        assert.strictEqual(meaning.registry?.status, registryStatusOf(description), `${value} status`);
        assert.strictEqual(meaning.registry?.reference, referenceOf(reference), `${value} reference`);
      }
    });

    it('every registered row has our name, or the registry name is recorded as an alias', () => {
      for (const [value, description] of registered) {
        const meaning = ianaMeaning(Number(value))!;
        const registryName = description.replace(/\s*\((TEMPORARY\b[^)]*|OBSOLETED)\)$/, '');
        const names = [meaning.name, ...(meaning.aliases ?? [])].map(normalizeName);
        assert.ok(names.includes(normalizeName(registryName)), `${value}: "${registryName}" vs ${names.join(' / ')}`);
      }
    });

    it('no IANA meaning claims a code the registry does not list', () => {
      const listed = new Set(registered.map(([value]) => Number(value)));
      for (const [code, meaning] of allMeanings()) {
        if (meaning.source === 'iana') assert.ok(listed.has(code), `${code} is not in the registry snapshot`);
      }
    });
  });

  describe('against installed references', () => {
    const references: Array<[string, Record<string, string | undefined>]> = [
      ['statuses', statuses.message as Record<string, string | undefined>],
      ['http.STATUS_CODES', http.STATUS_CODES],
    ];
    for (const [label, table] of references) {
      it(`knows every code in ${label}, and any different name is a known rename kept as an alias`, () => {
        for (const [codeText, theirName] of Object.entries(table)) {
          const code = Number(codeText);
          const entry = index.get(code);
          assert.ok(entry, `${label} has ${code}, we do not`);
          assert.ok(theirName, `${label} ${code} has a name`);
          const names = entry.meanings.flatMap((m) => [m.name, ...(m.aliases ?? [])]).map(normalizeName);
          assert.ok(names.includes(normalizeName(theirName)), `${code}: "${theirName}" is neither a name nor an alias`);
          const primary = entry.meanings[0];
          if (normalizeName(primary.name) !== normalizeName(theirName)) {
            const rename = KNOWN_RENAMES[code];
            assert.ok(rename, `${code}: "${theirName}" differs from "${primary.name}" but is not a known rename`);
            assert.strictEqual(normalizeName(rename.old), normalizeName(theirName));
            assert.strictEqual(primary.name, rename.current);
            assert.ok(primary.aliases?.some((a) => normalizeName(a) === normalizeName(theirName)), `${code}: old name is an alias`);
          }
        }
      });
    }

    it('finds a code by its old name', () => {
      assert.strictEqual(index.codeForName('Payload Too Large'), 413);
      assert.strictEqual(index.codeForName('UNPROCESSABLE_ENTITY'), 422);
      assert.strictEqual(index.codeForName('Requested Range Not Satisfiable'), 416);
      assert.strictEqual(index.codeForName('Request-URI Too Long'), 414);
      assert.strictEqual(index.codeForName("I'm a teapot"), 418);
    });
  });

  describe('content', () => {
    it('gives the registry statuses RFC 9110 and IANA give', () => {
      const expected: Record<number, RegistryStatus> = { 104: 'temporary', 306: 'unused', 418: 'unused', 510: 'obsolete', 305: 'permanent', 200: 'permanent' };
      for (const [code, status] of Object.entries(expected)) assert.strictEqual(ianaMeaning(Number(code))?.registry?.status, status, code);
    });

    it('marks exactly the RFC 9110 Section 15.1 codes as heuristically cacheable', () => {
      const cacheable = allMeanings().filter(([, m]) => m.source === 'iana' && m.cacheable).map(([code]) => code);
      assert.deepStrictEqual(cacheable, [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
    });

    it('allows no body for 1xx, 204, 205 and 304', () => {
      for (const [code, m] of allMeanings()) {
        const expected = !(code < 200 || code === 204 || code === 205 || code === 304);
        assert.strictEqual(m.bodyAllowed, expected, `${code} ${m.source}`);
      }
    });

    it('has no empty texts on registered codes', () => {
      for (const [code, m] of allMeanings()) {
        if (m.source !== 'iana') continue;
        for (const text of [m.name, m.summary, m.description, ...m.whenToUse, ...m.commonCauses]) {
          assert.ok(text.trim().length > 0, `${code}: empty text`);
        }
        assert.ok(m.whenToUse.length > 0 && m.commonCauses.length > 0, `${code}: lists`);
        assert.ok(!m.summary.includes('\n') && m.summary.length <= 120, `${code}: summary is one short line`);
      }
    });

    it('links RFC 9110 codes to #status.NNN and other RFCs to a section', () => {
      for (const [code, m] of allMeanings()) {
        if (!m.spec) continue;
        if (code === 104) {
          assert.match(m.spec.url, /^https:\/\/datatracker\.ietf\.org\/doc\/html\/draft-ietf-httpbis-resumable-upload-\d+$/);
          continue;
        }
        assert.match(m.spec.url, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#\S+$/, `${code}`);
        if (m.spec.url.includes('/rfc9110#')) assert.strictEqual(m.spec.url, `https://www.rfc-editor.org/rfc/rfc9110#status.${code}`);
        const rfc = /rfc(\d+)#/.exec(m.spec.url)![1];
        assert.ok(m.registry?.reference.startsWith(`RFC ${rfc}`), `${code}: spec and reference agree`);
      }
    });

    it('links MDN pages by code', () => {
      for (const [code, m] of allMeanings()) {
        if (m.mdn) assert.strictEqual(m.mdn, `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${code}`);
      }
      assert.ok(ianaMeaning(404)?.mdn);
    });

    it('every confusedWith code exists and is not the code itself', () => {
      for (const [code, m] of allMeanings()) {
        for (const other of m.confusedWith) {
          assert.ok(index.get(other), `${code} (${m.source}) is confused with unknown ${other}`);
          assert.notStrictEqual(other, code);
        }
      }
    });

    it('keeps older names as aliases', () => {
      const aliases: Record<number, string> = {
        413: 'Payload Too Large', 422: 'Unprocessable Entity', 414: 'Request-URI Too Long',
        416: 'Requested Range Not Satisfiable', 418: "I'm a teapot", 306: 'Switch Proxy',
      };
      for (const [code, alias] of Object.entries(aliases)) assert.ok(ianaMeaning(Number(code))?.aliases?.includes(alias), `${code} ${alias}`);
      assert.strictEqual(ianaMeaning(413)?.name, 'Content Too Large');
      assert.strictEqual(ianaMeaning(422)?.name, 'Unprocessable Content');
      assert.strictEqual(ianaMeaning(418)?.name, '(Unused)');
    });

    it('has the vendor codes the issue lists, each with its vendor and on-the-wire behaviour', () => {
      const expected: Array<[number, string]> = [
        [218, 'apache'], [419, 'laravel'], [420, 'twitter'], [420, 'spring'], [430, 'shopify'], [440, 'iis'], [444, 'nginx'],
        [449, 'iis'], [450, 'microsoft'], [451, 'iis'], [460, 'aws-elb'], [463, 'aws-elb'], [464, 'aws-elb'], [494, 'nginx'],
        [495, 'nginx'], [496, 'nginx'], [497, 'nginx'], [498, 'esri'], [499, 'nginx'], [499, 'esri'], [502, 'aws-elb'],
        [503, 'aws-elb'], [504, 'aws-elb'], [502, 'aws-cloudfront'], [504, 'aws-cloudfront'], [509, 'cpanel'], [520, 'cloudflare'], [521, 'cloudflare'], [522, 'cloudflare'],
        [523, 'cloudflare'], [524, 'cloudflare'], [525, 'cloudflare'], [526, 'cloudflare'], [527, 'cloudflare'],
        [530, 'cloudflare'], [530, 'pantheon'], [561, 'aws-elb'], [598, 'convention'], [599, 'convention'],
      ];
      for (const [code, source] of expected) {
        const meaning = index.get(code)?.meanings.find((m) => m.source === source);
        assert.ok(meaning, `${code} from ${source}`);
        assert.ok(meaning.onTheWire, `${code} ${source} says how it behaves on the wire`);
        assert.notStrictEqual(dataset.sources[source].kind, 'standard');
      }
      assert.ok(!index.get(498)?.meanings.some((m) => m.source === 'nginx'), 'NGINX defines no 498');
    });

    it('says which vendor codes never reach the client', () => {
      assert.strictEqual(index.get(499)?.meanings.find((m) => m.source === 'nginx')?.sentToClient, false);
      assert.strictEqual(index.get(444)?.meanings[0].sentToClient, false);
      assert.strictEqual(index.get(460)?.meanings[0].sentToClient, false);
      for (const code of [494, 495, 496, 497]) assert.match(index.get(code)!.meanings[0].onTheWire!, /as 400/);
    });

    it('keeps IIS sub-status codes on IIS meanings, log-only', () => {
      const iis404 = index.get(404)?.meanings.find((m) => m.source === 'iis');
      assert.ok(iis404?.subStatuses?.some((s) => s.code === '404.13'));
      for (const [code, m] of allMeanings()) {
        if (!m.subStatuses) continue;
        assert.strictEqual(m.source, 'iis');
        assert.match(m.onTheWire ?? '', /log-only/);
        for (const sub of m.subStatuses) assert.ok(sub.code.startsWith(`${code}.`), sub.code);
      }
    });

    it('has the standard and the IIS meaning of 451', () => {
      assert.deepStrictEqual(index.get(451)?.meanings.map((m) => m.source), ['iana', 'iis']);
      assert.strictEqual(index.primary(451)?.name, 'Unavailable For Legal Reasons');
    });
  });

  describe('comparisons', () => {
    const required = [
      '500-502-503-504', '401-403', '301-302-307-308', '302-303', '404-410', '400-422', '200-201-204', '409-412',
      '429-503', '502-504', '406-415', '413-414-431', '403-404', '200-304', '408-504', '405-501', '201-202',
      '307-308', '520-521-522-524', '408-499',
    ];

    it('has at least 20, including every set the issue lists', () => {
      assert.ok(dataset.comparisons.length >= 20);
      const ids = dataset.comparisons.map((c) => c.id);
      for (const id of required) assert.ok(ids.includes(id), id);
      assert.strictEqual(new Set(ids).size, ids.length, 'ids are unique');
    });

    it('names each comparison by its sorted codes, and guides on every code', () => {
      for (const c of dataset.comparisons) {
        assert.strictEqual(c.id, [...c.codes].sort((a, b) => a - b).join('-'));
        assert.deepStrictEqual(c.decisionGuide.map((g) => g.code).sort(), [...c.codes].sort(), c.id);
        assert.ok(c.keyInsight.length > 80 && !c.keyInsight.includes('\n'), `${c.id}: one paragraph`);
      }
    });

    it('compares only codes that exist', () => {
      for (const c of dataset.comparisons) for (const code of c.codes) assert.ok(index.get(code), `${c.id}: ${code}`);
    });
  });
});
