import { cases } from './detectionCases';

describe('detection: JavaScript/TypeScript', () => {
  cases('javascript', [
    'res.status(«404»).json({ limit: 100 });',
    'res.sendStatus(«204»); res.writeHead(«200», { "Content-Length": 300 });',
    'res.redirect(«301», "/new"); return Response.redirect(url, «308»);',
    'ctx.status = «201»; ctx.throw(«403», "no"); ctx.assert(user, «401»);',
    'reply.code(«418»); h.response(x).code(«202»);',
    'return new Response(null, { status: «204», headers: { "Retry-After": "120" } });',
    'return NextResponse.json(body, { status: «422» });',
    'return { statusCode: «429», body: "" };',
    '@HttpCode(«204»)\n@Redirect("https://x", «302»)',
    'throw new HttpException("x", «HttpStatus.FORBIDDEN=403»);',
    'res.status(«StatusCodes.NOT_FOUND=404»); if (e.response?.status === «HttpStatusCode.Conflict=409») {}',
    'if (res.status === «404» || «500» <= res.status) {}',
    'const status = err.status || «500»;',
    'switch (response.status) { case «400»: case «401»: break; default: }',
    'const RETRYABLE = [«408», «429», «503»]; if ([«502», «503»].includes(res.status)) {}',
    'expect(res.status).toBe(«404»); expect(items.length).toBe(200);',
    'await request(app)\n  .get("/")\n  .expect(«200»);',
    'nock(api).get("/").reply(«503»); mock.onGet("/x").reply(«200», []);',
    'const line = "HTTP/1.1 «503» Service Unavailable"; const v = "HTTP/1.1";',
    'const NOT_FOUND = «404»; const messages = { «404»: "Not Found", «500»: "Internal Server Error" };',
    'fastify.get("/", { schema: { response: { «200»: {}, «404»: {} } } }, h);',
  ]);
  cases('javascript', [
    'setTimeout(fn, 500); sleep(404); app.listen(443); server.listen(8080);',
    'const limit = 100; const pageSize = 200; fetch(`/api?limit=${500}`);',
    'const style = { width: 404, height: 200, color: "#404040", zIndex: 500, fontWeight: 600 };',
    'const version = "1.404.2"; const price = 199.99; const id = 12345; const arr = list[404];',
    'process.exit(127); // res.status(500)\n/* res.status(404) */',
    'const re = /\\d{3}/; const x = a / 404 / b;',
    'const smtp = { code: 250, message: "OK" }; if (reply.code === 421) {}',
    'const t = `HTTP/1.1`; console.log("Error 404 page");',
    'const statusBarHeight = 404; exitStatus = 127;',
    'for (let i = 0; i < 500; i++) {} range(100, 200);',
    'const thumbs = [["/thumb.png", 150], ["/medium.png", 300]]; if (width >= 200 && width < 300) {}',
    'const OKAY = 1; const Continue = true; console.error(500); JSON.stringify(x, null, 200);',
  ]);
  cases('javascript', [
    'const ok = (s) => s >= «200» && s < «300»;',
    'const redirects = [["/old", "/new", «301»], ["/a", "/b", «308»]];',
    'export const OK = «200»; enum Codes { NotFound = «404», Teapot = «418» }',
    'throw new ApiError(«404», "missing"); send_json(res, «422»);',
    'const text = STATUS_CODES[«504»];',
    // Runs of numeric data (a bundle's tables) are settled at once; a long status set is no such run.
    'if ([«408», «429», «500», «502», «503», «504», «520», «522», «524»].includes(res.status)) {}',
    'const glyphs = [32, 111, 102, 104, 101, 97, 100, 101, 100, 32, 98, 121, 500]; res.status(«404», 1, 2, 3, 4, 5, 6, 7);',
    // UTF-8 bytes are 3-digit numbers too, but codes nobody registered: data, whatever is compared with them.
    'if ([230, 158, 156, 230, 137, 139, 230, 156, 186, 200].includes(res.status)) {} res.status(«404»);',
  ]);
});
