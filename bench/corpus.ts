// Deterministic source text for the benchmarks: snippets from test/fixtures/corpus/** (built-in ones
// until that corpus exists), stitched together by a seeded generator so every run measures the same bytes.
import * as fs from 'fs';
import * as path from 'path';

export interface CorpusDocument {
  uri: string;
  languageId: string;
  text: string;
}

/** The languages of the mixed corpus (issue 8, figure 1) by file extension. */
const languageByExtension: Record<string, string> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', tsx: 'typescriptreact', py: 'python', go: 'go', java: 'java', kt: 'kotlin',
  yaml: 'yaml', yml: 'yaml',
};

export const mixedLanguages = ['javascript', 'typescript', 'python', 'go', 'java', 'yaml'] as const;

const builtInSnippets: Record<string, string[]> = {
  javascript: [
    "app.get('/users/:id', async (req, res) => {\n  const user = await db.find(req.params.id);\n  if (!user) return res.status(404).json({ error: 'not found' });\n  res.status(200).json(user);\n});\n",
    "router.post('/items', (req, res) => {\n  if (!req.body.name) { res.sendStatus(400); return; }\n  setTimeout(() => queue.push(req.body), 500);\n  res.status(201).send();\n});\n",
    "if (response.status === 503) {\n  retryAfter = Number(response.headers.get('Retry-After') ?? 120);\n}\nconst PORT = 8080; const limit = 404 * 2;\n",
  ],
  typescript: [
    "export async function handler(req: Request, res: Response): Promise<void> {\n  if (!req.user) { res.status(401).end(); return; }\n  res.status(403).json({ reason: 'forbidden' });\n}\n",
    "throw new HttpException('Gone', HttpStatus.GONE);\nconst width: number = 300; reply.code(429).send({ retryAfter: 30 });\n",
  ],
  python: [
    "@app.route('/items/<int:item_id>')\ndef get_item(item_id):\n    item = Item.query.get(item_id)\n    if item is None:\n        abort(404)\n    return jsonify(item), 200\n",
    "from http import HTTPStatus\n\ndef delete(request):\n    if not request.user.is_staff:\n        return HttpResponse(status=403)\n    return Response(status=HTTPStatus.NO_CONTENT)\n\ntimeout = 300\n",
  ],
  go: [
    "func handler(w http.ResponseWriter, r *http.Request) {\n\tif r.Method != http.MethodGet {\n\t\thttp.Error(w, \"method not allowed\", http.StatusMethodNotAllowed)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusOK)\n}\n",
    "func (s *Server) health(c *gin.Context) {\n\tif !s.ready {\n\t\tc.JSON(503, gin.H{\"status\": \"starting\"})\n\t\treturn\n\t}\n\tc.Status(204)\n\tbuf := make([]byte, 512)\n\t_ = buf\n}\n",
  ],
  java: [
    "@GetMapping(\"/orders/{id}\")\npublic ResponseEntity<Order> get(@PathVariable long id) {\n    return repo.findById(id)\n        .map(ResponseEntity::ok)\n        .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());\n}\n",
    "@ResponseStatus(HttpStatus.CONFLICT)\nclass DuplicateException extends RuntimeException {}\nresponse.setStatus(502);\nint retries = 200;\n",
  ],
  yaml: [
    "paths:\n  /pets/{id}:\n    get:\n      responses:\n        '200':\n          description: A pet\n        '404':\n          description: Not found\n        default:\n          description: Unexpected error\n",
    "livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  periodSeconds: 10\n  successThreshold: 1\nexpectedStatus: 204\n",
  ],
};

/** Snippets per language: the fixture corpus when present, else the built-in ones. */
export function loadSnippets(root = path.join(__dirname, '..', 'test', 'fixtures', 'corpus')): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const languageId = languageByExtension[path.extname(entry.name).slice(1).toLowerCase()];
        const size = fs.statSync(full).size;
        if (languageId && size > 0 && size < 256 * 1024) (found[languageId] ??= []).push(unlabel(fs.readFileSync(full, 'utf8')));
      }
    }
  };
  if (fs.existsSync(root)) walk(root);
  for (const language of Object.keys(builtInSnippets)) {
    if (!found[language]?.length) found[language] = builtInSnippets[language];
  }
  return found;
}

/** The corpus marks codes inline (`«404»`, `«HttpStatus.NOT_FOUND=404»`, `«503~string»`); the detector sees plain source. */
export function unlabel(text: string): string {
  return text.replace(/«([^«»]*?)(?:=\d{3})?(?:~[a-z]+)?»/g, '$1');
}

/** mulberry32: tiny, fast and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const codes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504];

/** About `bytes` of `languageId` source: snippets in seeded order, their 3-digit codes varied. */
export function generateText(languageId: string, bytes: number, seed = 1, snippets = loadSnippets()): string {
  const pool = snippets[languageId] ?? snippets.javascript;
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const snippet = pool[Math.floor(random() * pool.length)]
      .replace(/\b[1-5]\d\d\b/g, () => String(codes[Math.floor(random() * codes.length)]));
    parts.push(snippet);
    length += snippet.length;
  }
  return parts.join('').slice(0, bytes);
}

/** The mixed corpus: one document per language, `totalBytes` in all. */
export function mixedCorpus(totalBytes: number, seed = 1): CorpusDocument[] {
  const snippets = loadSnippets();
  const share = Math.ceil(totalBytes / mixedLanguages.length);
  return mixedLanguages.map((languageId, i) => ({
    uri: `file:///bench/corpus-${i}.${extensionOf(languageId)}`,
    languageId,
    text: generateText(languageId, share, seed + i, snippets),
  }));
}

function extensionOf(languageId: string): string {
  return Object.entries(languageByExtension).find(([, id]) => id === languageId)?.[0] ?? 'txt';
}
