import { cases } from './detectionCases';

describe('detection: C#', () => {
  cases('csharp', [
    'return StatusCode(«500», "x");\nreturn StatusCode(«StatusCodes.Status503ServiceUnavailable=503»);',
    '[ProducesResponseType(«404»)]\n[ProducesResponseType(typeof(Foo), «StatusCodes.Status200OK=200»)]',
    'return Problem(statusCode: «502»);\ncontext.Response.StatusCode = «429»;',
    'Assert.Equal(«HttpStatusCode.OK=200», response.StatusCode);\nAssert.Equal(«200», (int)response.StatusCode);',
    'if ((int)resp.StatusCode >= «500») {}\nreturn new ObjectResult(x) { StatusCode = «500» };',
    'var raw = @"HTTP/1.1 «404» Not Found";',
  ]);
  cases('csharp', ['await Task.Delay(500);\nvar buffer = new byte[1024];\nAssert.Equal(100, items.Count);']);
});

describe('detection: PHP', () => {
  cases('php', [
    '<?php\nhttp_response_code(«404»);\nabort(«403»);\nabort_if($x, «401»);',
    '<?php\nreturn response()->json($d, «201»);\nreturn new JsonResponse($d, «Response::HTTP_NOT_FOUND=404»);',
    '<?php\nheader("HTTP/1.1 «503» Service Unavailable");\nheader("Location: /", true, «301»);',
    '<?php\n$r->withStatus(«418»);\n$this->assertEquals(«200», $response->getStatusCode());\n$response->assertStatus(«422»);',
    '<?php\nreturn [\'status\' => «409»];\n#[Route("/x")]\nfunction f() {}',
  ]);
  cases('php', ['<?php\nusleep(500);\n$a = array_slice($x, 0, 100);\n# abort(404)\n$port = 8080;']);
});

describe('detection: Ruby', () => {
  cases('ruby', [
    'head «:not_found=404»\nrender json: x, status: «:unprocessable_entity=422»',
    'render json: x, status: «201»\nhead «204»\nredirect_to root_path, status: «:see_other=303»',
    'halt «404», "x"\nstatus «418»\nerror «500» do\nend',
    '[«200», { "Content-Type" => "text/html" }, ["ok"]]',
    'expect(response).to have_http_status(«:created=201»)\nexpect(response.status).to eq(«200»)\nexpect(response.status).to eq «404»',
    'case response.code\nwhen "«404»" then 1\nwhen «500» then 2\nend',
  ]);
  cases('ruby', [
    'sleep 500\nitems.first(100)\nassert_response :success\nrescue_from NotFound, with: :not_found',
    '# head :not_found\nexit 127',
  ]);
});

describe('detection: Rust', () => {
  cases('rust', [
    '(«StatusCode::NOT_FOUND=404», "x")\nlet s = StatusCode::from_u16(«418»).unwrap();',
    'use actix_web::HttpResponse;\nfn f() { HttpResponse::NotFound().finish() }',
    'assert_eq!(resp.status(), «200»);\nassert_eq!(v.len(), 100);',
    // Range arms on a status: both bounds (issue 14: `200..=299`).
    'match resp.status().as_u16() { «404» => 1, «500» | «502» => 2, «500»..=«599» => 3, _ => 4 }',
    'Response::builder().status(«302»)',
  ]);
  cases('rust', ["let x: &'static str = \"a\";\nthread::sleep(Duration::from_millis(500));\nlet port: u16 = 8080;"]);
});

describe('detection: nginx and Apache', () => {
  cases('nginx', [
    'return «301» https://$host$request_uri;\nlocation /x { return «444»; }',
    'error_page «500» «502» «503» «504» /50x.html;\nerror_page «404» =«200» /empty.gif;',
    'limit_req_status «429»;\nproxy_cache_valid «200» «302» 10m;\nproxy_next_upstream error «http_502=502»;',
    'ErrorDocument «404» /404.html\nRewriteRule ^old$ /new [R=«301»,L]',
  ]);
  cases('nginx', ['listen 443 ssl;\nkeepalive_timeout 65;\nproxy_read_timeout 300;\nclient_max_body_size 100m;\n# return 404;\nworker_connections 1024;']);
});

describe('detection: OpenAPI YAML and JSON', () => {
  cases('yaml', [
    'paths:\n  /x:\n    get:\n      responses:\n        \'«200»\':\n          description: ok\n        "«404»":\n          description: nf\n        «500»:\n          description: e\n        default:\n          description: x',
    'checks:\n  - expected_status: «204»\n    expectedStatusCodes: [«200», «201»]\nretry:\n  status_forcelist:\n    - «502»\n    - «503»',
  ]);
  cases('yaml', ['info:\n  version: 1.200.3\n  description: |\n    404: not found\nports:\n  - "8080:80"\ntimeout: 500\nmaximum: 100']);
  cases('json', [
    '{"paths": {"/x": {"get": {"responses": {"«200»": {"description": "ok"}, "«404»": {}}}}}}',
    '{"status": «503», "statusCode": "«201»", "retryStatuses": [«429», «503»]}',
  ]);
  cases('json', ['{"port": 8080, "width": 200, "maxItems": 500, "version": "1.404.0", "code": 404}']);
});

describe('detection: operator YAML (issue 14)', () => {
  cases('yaml', [
    // Prometheus rules: a code matcher is a code; `=~"5.."` is a class of them.
    'groups:\n- name: api\n  rules:\n  - alert: Throttled\n    expr: sum(rate(http_requests_total{code="«429»"}[5m])) > 10\n  - alert: Errors\n    expr: |\n      sum(rate(http_requests_total{status=~"5..", status!="«503»"}[5m])) > 1\n',
    // ingress-nginx annotations: the custom error codes and the directives of a snippet.
    'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/custom-http-errors: "«404»,«503~string»"\n    nginx.ingress.kubernetes.io/server-snippet: |\n      location /old { return «301» https://example.com/new; }\nspec:\n  replicas: 3\n  ports:\n  - port: 443\n',
  ]);
});
