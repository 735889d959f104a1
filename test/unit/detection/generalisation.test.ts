// The heuristics added while measuring detection on blind held-out batches (test/fixtures/corpus-holdout):
// each one both ways — the form it finds, and the look-alike it must leave alone.
import { cases } from './detectionCases';

describe('detection: helpers the file defines with a status parameter', () => {
  cases('php', [
    '<?php\nfunction failure(string $m, int $code = «200») {}\n$this->failure("x", «404»);',
    '<?php\nfunction paginate(array $items, int $perPage = 100) {}\n$this->paginate($rows, 200);',
  ]);
  cases('csharp', [
    'static Task WriteProblem(HttpContext c, int status, string d)\n{\n}\nawait WriteProblem(ctx, «503», "x");',
    'static int Resize(int width, int height)\n{\n}\nResize(500, 300);',
  ]);
});

describe('detection: ternaries and conditional expressions', () => {
  cases('javascript', [
    'const status = err ? «500» : «200»;\nstream.respond({ ":status": timedOut ? «504» : «502» });',
    'const width = big ? 500 : 300;\nconst s = { w: wide ? 400 : 200 };',
  ]);
  cases('python', [
    'response.status = «202» if running else «200»',
    'width = 500 if big else 300',
  ]);
});

describe('detection: test-table columns', () => {
  cases('python', [
    '@pytest.mark.parametrize("title,expected", [("", «400»), ("x" * 201, «422»)])\ndef test_a(client, title, expected):\n    assert client.post("/t", json={"title": title}).status_code == expected',
    '@pytest.mark.parametrize("size,expected", [(100, 200), (300, 600)])\ndef test_b(size, expected):\n    assert double(size) == expected',
  ]);
  cases('go', [
    'cases := []struct {\n\tbody string\n\twant int\n}{\n\t{"{", «400»},\n\t{"x", «422»},\n}\nfor _, tc := range cases {\n\tif rec.Code != tc.want {\n\t}\n}',
    'cases := []struct {\n\tin   string\n\twant int\n}{\n\t{"abc", 300},\n}\nfor _, tc := range cases {\n\tif len(tc.in)*100 != tc.want {\n\t}\n}',
  ]);
});

describe('detection: statuses that are not HTTP', () => {
  cases('python', [
    'if job.status == 500:\n    pass\nif resp.status == «500»:\n    pass',
    'import ftplib\nif res.code == 226:\n    pass',
    'raise SMTPResponseException(500, "Line too long.")\nraise ApiError(«503», "down")',
  ]);
  cases('javascript', [
    'if (order.status === 300) ship();\nif (e.code === 550) bounce(); // smtp',
    'const email = user.email;\nif (res.getStatusCode() === «404») return null;',
  ]);
});

describe('detection: caught HTTP errors and other forms', () => {
  cases('python', [
    'except urllib.error.HTTPError as e:\n    if e.code == «404»:\n        pass\n    if e.code not in («429», «503»):\n        raise',
    'except KeyError as e:\n    if e.code == 404:\n        pass',
  ]);
  cases('java', ['given().get("/x").then().statusCode(anyOf(is(«200»), is(«206»)));\nassertThat(list.size(), is(200));']);
  cases('csharp', ['Assert.That((int)res.StatusCode, Is.EqualTo(«404»));\nAssert.That(users.Count, Is.EqualTo(100));']);
  cases('rust', ['matches!(status.as_u16(), «408» | «429»)\nmatches!(port, 443 | 8443)']);
  cases('javascript', ['retry({ statusCodes: opts.statusCodes ?? [«500», «502», «429»] });\nconst sizes = opts.sizes || [100, 200];']);
  cases('yaml', ['direct_response: { status: «503», body: x }\nlimits: { timeout: 500, max: 200 }'], 'envoy.yaml');
});
