// What detection reports: where a status code is written, in which form, and what made it one.

export type DetectionForm = 'literal' | 'constant' | 'symbol' | 'string';

export interface Detection {
  code: number;
  /** Offsets into the document text: [start, end). */
  start: number;
  end: number;
  form: DetectionForm;
  /** The text as written: "502", "HttpStatus.BAD_GATEWAY", ":not_found", "HTTP/1.1 503". */
  text: string;
  /**
   * What made it a status code. Values emitted by the code detectors (`kind:detail`):
   * - `call:<receiver.callee>` — an argument of a status call: `call:res.status`, `call:res.sendStatus`,
   *   `call:res.writeHead`, `call:res.redirect`, `call:ctx.throw`, `call:reply.code`, `call:w.WriteHeader`,
   *   `call:http.Error`, `call:c.JSON`, `call:abort`, `call:StatusCode`, `call:http_response_code`,
   *   `call:$response.withStatus`, `call:HttpCode`, `call:head` / `call:halt` (Ruby, no parentheses)...
   * - `key:<name>` — an object key or named argument: `key:status`, `key:statusCode`, `key:status_code`.
   * - `assign:<target>` — `assign:ctx.status`, `assign:res.statusCode`, `assign:status_code` (Python kwargs too).
   * - `compare:<operand>` — `res.status === 404`, `404 == r.status_code`, `status >= 500`.
   * - `fallback:<operand>` — `err.status || 500`, `status or 500`.
   * - `assertion:<callee>` — `expect(res.status).toBe(404)`, `assertEquals(200, r.getStatus())`, `.expect(200)`.
   * - `case:<subject>` — a switch/match/when arm on a status subject.
   * - `list:<name|method>` / `in:<operand>` — `status_forcelist=[...]`, `[502, 503].includes(status)`, `status in (...)`.
   * - `param:<helper>` / `param-default` — a helper the file defines with a status parameter (`failure(msg, 404)`,
   *   `int $code = 200`); `ternary:<target>` — `status = ok ? 200 : 500`; `column:<name>` — a test-table column
   *   compared with a status (pytest parametrize, Go table tests).
   * - `return-tuple` (Flask `return body, 404`), `rack:response` (`[200, headers, body]`), `cast` (`(HttpStatusCode)404`).
   * - `named:<name>` — its own name beside it (`NOT_FOUND = 404`); `reason-phrase` — `404: "Not Found"`, `"404 Not Found"`.
   * - `status-line` — `"HTTP/1.1 503 Service Unavailable"` in a string.
   * - `openapi:responses` — a key under `responses` (OpenAPI YAML/JSON, fastify schemas, FastAPI `responses=`).
   * - `constant:<qualifier>` / `constant` (bare) — `HttpStatus.NOT_FOUND`, `HTTP_404_NOT_FOUND`; `matcher:status` — MockMvc.
   * - `nginx:<directive>` (`nginx:return`, `nginx:error_page`, `nginx:proxy_cache_valid`, ...), `apache:RewriteRule`.
   * The logs detectors (server/src/service/logs/) add their own.
   */
  context: string;
  /**
   * The framework or library the form belongs to, when known. Code detectors emit: express, koa, fastify, hapi,
   * nextjs, fetch, aws-lambda, nestjs, sveltekit, hono, http-status-codes, axios, node-http2 · flask, django,
   * django-rest-framework, fastapi, falcon, httpx, cherrypy, starlette, aiohttp, python-http-server, python-http, requests · go-net-http,
   * gin, echo, fiber · spring, jax-rs, vertx, servlet, ktor, micronaut, quarkus, java-net, apache-httpclient, netty ·
   * aspnetcore, dotnet · wordpress, laravel, symfony, psr-7, php · rails, sinatra, rack, net-http · actix-web, axum, rocket, tide,
   * warp, reqwest, hyper, http · nginx · openapi.
   */
  framework?: string;
  /** The dataset source whose meaning fits where the code was found ("nginx" in an NGINX access log). */
  vendorSource?: string;
  /** What the surroundings add, shown under the meaning ("The target never answered…"). */
  note?: string;
}
