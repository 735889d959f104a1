// The structural lexer the rules judge responses with (issue 15): functions, classes and branches per
// language family, found in the masked text (comments and strings do not open blocks).
import * as assert from 'assert';
import { maskBoth } from '../../../server/src/service/diagnostics/lookAround';
import { Scope, scopeTree } from '../../../server/src/service/diagnostics/scopes';
import { LanguageFamily } from '../../../server/src/service/detection/languages';
import { lines } from './helpers';

/** The scopes from the outermost to the one holding `needle`, as `kind:header` (headers trimmed, shortened). */
function pathAt(family: LanguageFamily, text: string, needle: string): string[] {
  const masked = maskBoth(text, family).masked!;
  const tree = scopeTree(text, masked, family);
  return tree.path(text.indexOf(needle)).filter((s: Scope) => s.kind !== 'root')
    .map((s) => `${s.kind}:${text.slice(s.headerStart, s.open).trim().replace(/\s+/g, ' ').slice(0, 30)}`);
}

describe('scopes: functions, classes and branches per language', () => {
  it('JavaScript: route callbacks, branches, expression-bodied arrows; braces in strings and comments do not count', () => {
    const text = lines(
      "app.get('/a', (req, res) => {",
      "  // a { in a comment, and '}' in a string",
      '  if (busy) {',
      '    return res.status(503).end();',
      '  } else {',
      "    res.json({ ok: true, s: '{' });",
      '  }',
      '});',
      "app.get('/b', (req, res) => res.status(429).end());");
    assert.deepStrictEqual(pathAt('javascript', text, '503'), ["function:'/a', (req, res) =>", 'branch:if (busy)']);
    assert.deepStrictEqual(pathAt('javascript', text, 'ok: true'), ["function:'/a', (req, res) =>", 'branch:else', 'block:']);
    assert.deepStrictEqual(pathAt('javascript', text, '429'), ['function:(req, res) =>']);
  });

  it('Go: funcs, if and switch blocks, composite literals as objects', () => {
    const text = lines(
      'func (s *Server) h(w http.ResponseWriter, r *http.Request) {',
      '\tif err != nil {',
      '\t\tc.JSON(503, gin.H{"error": "x"})',
      '\t}',
      '}');
    assert.deepStrictEqual(pathAt('go', text, '"error"'), ['function:func (s *Server) h(w http.Resp', 'branch:if err != nil', 'object:503, gin.H']);
  });

  it('Python: indentation blocks — def, if/elif/else siblings, classes; brackets spanning lines do not', () => {
    const text = lines(
      'class Orders(APIView):',
      '    def get(self, request):',
      '        if busy:',
      '            return Response(status=503)',
      '        elif gone:',
      '            return Response({',
      "                'a': 1,",
      '            }, status=410)',
      '        return Response(status=200)');
    assert.deepStrictEqual(pathAt('python', text, '503'), ['class:class Orders(APIView):', 'function:def get(self, request):', 'branch:if busy:']);
    assert.deepStrictEqual(pathAt('python', text, '410'), ['class:class Orders(APIView):', 'function:def get(self, request):', 'branch:elif gone:']);
    assert.deepStrictEqual(pathAt('python', text, '200'), ['class:class Orders(APIView):', 'function:def get(self, request):']);
  });

  it('Ruby: def, if/else, do-blocks of routes; a one-line def opens nothing', () => {
    const text = lines(
      'class ThingsController < ApplicationController',
      '  def status_code; 404 end',
      '  def create',
      '    if thing.save',
      '      head :created',
      '    else',
      '      head :unprocessable_entity',
      '    end',
      '  end',
      'end',
      "post '/x' do",
      '  halt 503',
      'end');
    assert.deepStrictEqual(pathAt('ruby', text, ':unprocessable_entity'), ['class:class ThingsController < Appli', 'function:def create', 'branch:else']);
    assert.deepStrictEqual(pathAt('ruby', text, '404'), ['class:class ThingsController < Appli']);
    assert.deepStrictEqual(pathAt('ruby', text, '503'), ["function:post '/x' do"]);
  });

  it('PHP: functions and closures, array arrows are not functions', () => {
    const text = lines(
      '<?php',
      'class C {',
      '  public function show($id) {',
      "    return response()->json(['error' => 'x'], 404);",
      '  }',
      '}');
    assert.deepStrictEqual(pathAt('php', text, '404'), ['class:<?php class C', 'function:public function show($id)']);
  });

  it('nginx: server, location and if blocks', () => {
    const text = lines('server {', '  location /api {', '    if ($bad) { return 400; }', '    return 503;', '  }', '}');
    assert.deepStrictEqual(pathAt('nginx', text, '400'), ['block:server', 'branch:location /api', 'branch:if ($bad)']);
    assert.deepStrictEqual(pathAt('nginx', text, '503'), ['block:server', 'branch:location /api']);
  });
});
