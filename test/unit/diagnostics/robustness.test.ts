import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../../server/src/service/documentAnalysis';
import { findProblems } from '../../../server/src/service/diagnostics/doValidation';
import { applyOffsetEdits } from '../../../server/src/service/codeActions/workspaceEdits';
import { index } from './helpers';
import { assertProperty } from '../../support/property';

// Fragments of real handler code, glued at random: unbalanced brackets, cut strings and comments included.
const fragments = [
  "res.status(500)", "res.sendStatus(503)", ".send('maintenance')", "ctx.status = 429;", "reply.code(204).send({a:1})",
  "w.WriteHeader(http.StatusServiceUnavailable)", 'w.Header().Set("Retry-After", "30s")', "http.Error(w, \"x\", 502)",
  "c.JSON(503, gin.H{})", "return jsonify(x), 503", "abort(500)", "HttpResponse('x', status=204)", "raise HTTPException(status_code=401)",
  "ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(x)", "response.setStatus(405);", "return StatusCode(500, x);",
  "render json: x, status: :unprocessable_entity", "head :too_many_requests", "response()->json($x, 503)", "abort(503);",
  "{ status: 302 }", "new Response('x', { status: 204, headers: {", "app.post('/x', (req, res) => {", "if (maintenance) {",
  "# http-status-lens-disable-next-line", "// overloaded", "'", '"', '`', '(', ')', '{', '}', '[', ']', '\n', '\n  ', ';', ',', '/*', '*/',
  "é🚧", "\t", "def view(request):\n    ", "func h(w http.ResponseWriter, r *http.Request) {", "'Retry-After': '2 minutes'",
];
const languages = ['javascript', 'typescript', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'yaml', 'json', 'nginx', 'rust', 'plaintext'];

describe('diagnostics: random code never crashes a rule, and every fix applies cleanly', () => {
  it('holds for 400 random documents in every language', () => {
    assertProperty({ name: 'rules: random handler code', seed: 5, runs: 400 },
      [fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), fc.constantFrom(...languages)],
      (parts, languageId) => {
        const text = parts.join(' ');
        const document = TextDocument.create(`file:///w/a.${languageId}`, languageId, 1, text);
        const findings = findProblems(document, analyzeDocument(document), index, 120, (m) => { throw new Error(m); });
        for (const finding of findings) {
          assert.ok(finding.start >= 0 && finding.end <= text.length && finding.start <= finding.end);
          for (const fix of finding.fixes?.() ?? []) {
            const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
            for (let k = 1; k < sorted.length; k++) assert.ok(sorted[k].start >= sorted[k - 1].end, `overlapping edits in ${fix.title}`);
            assert.strictEqual(typeof applyOffsetEdits(text, fix.edits), 'string');
          }
        }
      });
  });
});
