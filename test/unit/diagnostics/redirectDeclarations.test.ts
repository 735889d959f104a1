// redirect-changes-method searches a window for a handler declaration only when the window holds the
// pattern's literal (issue 8). That is safe only while every match of the pattern holds it: checked here
// on every corpus file and on declarations written for each pattern.
import * as assert from 'assert';
import { handlerDeclarations } from '../../../server/src/service/diagnostics/rules/redirectChangesMethod';
import { loadSnippets } from '../../../bench/corpus';

const declarations = [
  "app.post('/x', h)", 'export async function POST(request) {', '@app.post("/x")', "@bp.route('/x', methods=['POST'])",
  "@app.route('/x')", 'def post(self, request):', '@PostMapping', 'RequestMethod.POST', '[HttpPost]', 'app.MapPost("/x", h)',
  'if r.Method == http.MethodPost {', 'case "POST":', 'mux.HandleFunc("POST /x", h)', "if request.method == 'POST':",
  'def create', 'public function store(Request $r)', "post '/x' do", "Route::post('/x', [C::class, 'store'])",
];

describe('diagnostics: redirect handler declarations hold their literal', () => {
  it('in every match on the corpus files and on one declaration per pattern', () => {
    const texts = [...Object.values(loadSnippets()).flat(), declarations.join('\n')];
    const matched = new Set<number>();
    handlerDeclarations.forEach(({ literal, pattern }, k) => {
      for (const text of texts) {
        const re = new RegExp(pattern.source, pattern.flags);
        for (let m = re.exec(text); m; m = re.exec(text)) {
          matched.add(k);
          if (literal) assert.ok(m[0].includes(literal), `${pattern} matched ${JSON.stringify(m[0])} without ${literal}`);
        }
      }
    });
    assert.strictEqual(matched.size, handlerDeclarations.length, `patterns never matched: ${handlerDeclarations.filter((_, k) => !matched.has(k)).map((d) => d.pattern).join(' ')}`);
  });
});
