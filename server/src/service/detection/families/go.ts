// Go: net/http, gin, echo, fiber, chi, httptest + testify.
import { FamilyRules, FileHints } from '../familyRules';
import { goStatusNames, goStatusPackages } from '../names/go';
import { squash } from '../names/standard';

const GIN_ECHO = ['JSON', 'String', 'HTML', 'XML', 'YAML', 'TOML', 'Data', 'Redirect', 'AbortWithStatus', 'AbortWithStatusJSON',
  'AbortWithError', 'NoContent', 'Blob', 'Stream', 'IndentedJSON', 'SecureJSON', 'JSONP', 'PureJSON', 'AsciiJSON',
  'ProtoBuf', 'JSONPretty', 'JSONBlob', 'HTMLBlob', 'XMLBlob', 'XMLPretty', 'Render', 'DataFromReader', 'NewHTTPError',
  'NewError', 'SendStatus', 'Attachment'];

const contextReceiver = (r: string) => /^(c|ctx|context|e|g|echo|fiber|gc|ec)$/i.test(r) || /ctx|context/i.test(r);

function goFramework(context: string, file: FileHints): string | undefined {
  if (file.has('gin-gonic/gin')) return context.startsWith('call:c.') || context.startsWith('call:ctx.') ? 'gin' : 'go-net-http';
  if (file.has('labstack/echo')) return context.startsWith('call:c.') || context.includes('echo.') ? 'echo' : 'go-net-http';
  if (file.has('gofiber/fiber')) return 'fiber';
  return 'go-net-http';
}

const calls: FamilyRules['calls'] = {
  WriteHeader: { args: [0] },
  Error: { args: [2], receiver: (r) => r === 'http' },
  StatusText: { args: [0], receiver: (r) => r === 'http' },
  Redirect: { args: [3], receiver: (r) => r === 'http' },
  NewHTTPError: { args: [0] },
  NewError: { args: [0], receiver: (r) => r === 'fiber' },
  SetStatusCode: { args: [0] },
  NewStringResponder: { args: [0] },
  NewJsonResponder: { args: [0] },
  NewBytesResponder: { args: [0] },
  NewStringResponse: { args: [0] },
  Reply: { args: [0] },
  // go-restful: resp.WriteHeaderAndEntity(404, v), resp.WriteErrorString(500, msg)
  WriteHeaderAndEntity: { args: [0] },
  WriteHeaderAndJson: { args: [0] },
  WriteErrorString: { args: [0] },
  WriteError: { args: [0] },
  WriteServiceError: { args: [0] },
  // fasthttp: ctx.TimeoutErrorWithCode(msg, 503), ctx.SetStatusCode(404)
  TimeoutErrorWithCode: { args: [1] },
};
for (const name of GIN_ECHO) {
  if (calls[name]) continue;
  calls[name] = { args: [0], receiver: contextReceiver };
}
// c.Redirect(301, url) in gin/echo, http.Redirect(w, r, url, 301) in net/http.
calls.Redirect = { args: [0, 3], receiver: (r) => r === 'http' || contextReceiver(r) };
// http.Error(w, msg, 500) in net/http; fasthttp's ctx.Error(msg, 500).
calls.Error = { args: [1, 2], receiver: (r) => r === 'http' || r === 'fasthttp' || contextReceiver(r) };

export const goRules: FamilyRules = {
  family: 'go',
  syntax: {
    slashComments: true, hashComments: false, tripleQuotes: false, backtickStrings: true, regexLiterals: false,
    singleLineStrings: true, bareStatusConstants: true,
  },
  calls,
  qualifiers: goStatusPackages,
  constant(_qualifier, member) {
    if (!member.startsWith('Status')) return undefined;
    const code = goStatusNames.get(squash(member));
    return code ? { code, framework: 'go-net-http' } : undefined;
  },
  // Inside net/http or fasthttp themselves, or with their package dot-imported, the constants have no qualifier.
  bareConstant(name, file) {
    if (!name.startsWith('Status')) return undefined;
    if (!(file.has('package http\n') || file.has('package fasthttp') || file.has('. "net/http"') || file.has('. "github.com/valyala/fasthttp"'))) return undefined;
    const code = goStatusNames.get(squash(name));
    return code ? { code, framework: file.has('package fasthttp') || file.has('fasthttp"') ? 'fasthttp' : 'go-net-http' } : undefined;
  },
  statusColumns: true,
  framework: goFramework,
};
