// PHP: plain PHP (http_response_code, header), Laravel (abort, response()->json, assertStatus),
// Symfony (Response::HTTP_*, JsonResponse), PSR-7 (withStatus, StatusCodeInterface::STATUS_*), Slim.
import { FamilyRules, FileHints, ConstantMatch } from '../familyRules';
import { commonNames, squash } from '../names/standard';

function phpFramework(_context: string, file: FileHints): string | undefined {
  if (file.has('Illuminate\\') || file.has('Laravel')) return 'laravel';
  if (file.has('Symfony\\')) return 'symfony';
  if (file.has('Psr\\Http') || file.has('Slim\\')) return 'psr-7';
  return 'php';
}

export const phpRules: FamilyRules = {
  family: 'php',
  syntax: {
    slashComments: true, hashComments: true, hashBracketIsCode: true, tripleQuotes: false, backtickStrings: false,
    regexLiterals: false, singleLineStrings: false,
  },
  calls: {
    status_header: { args: [0], framework: 'wordpress' },
    abort: { args: [0] },
    abort_if: { args: [1] },
    abort_unless: { args: [1] },
    json: { args: [1] },
    response: { args: [1] },
    Response: { args: [0, 1] },
    JsonResponse: { args: [1] },
    RedirectResponse: { args: [1] },
    redirect: { args: [1, 2] },
    redirectToRoute: { args: [2] },
    redirectToAction: { args: [2] },
    header: { args: [2] },
    HttpException: { args: [0] },
    HttpResponseException: { args: [] },
    view: { args: [2], receiver: (r) => /response/.test(r) },
    route: { args: [2], receiver: (r) => /redirect/.test(r) },
    to: { args: [1], receiver: (r) => /redirect/.test(r) },
    away: { args: [1], receiver: (r) => /redirect/.test(r) },
    action: { args: [2], receiver: (r) => /redirect/.test(r) },
    make: { args: [1], receiver: (r) => /response|Response/.test(r) },
    noContent: { args: [0] },
    setContent: { args: [] },
  },
  qualifiers: new Set(['Response', 'JsonResponse', 'SymfonyResponse', 'HttpResponse', 'RedirectResponse', 'BaseResponse',
    'StatusCodeInterface', 'StatusCode', 'Http', 'HttpStatus', 'ResponseAlias']),
  constant(qualifier, member): ConstantMatch | undefined {
    if (member.startsWith('HTTP_')) {
      const code = commonNames.get(squash(member.slice(5)));
      return code ? { code, framework: 'symfony' } : undefined;
    }
    if (member.startsWith('STATUS_')) {
      const code = commonNames.get(squash(member.slice(7)));
      return code ? { code, framework: 'psr-7' } : undefined;
    }
    if (qualifier === 'HttpStatus' || qualifier === 'StatusCode') {
      const code = /^[A-Z][A-Z0-9_]*$/.test(member) ? commonNames.get(squash(member)) : undefined;
      return code ? { code } : undefined;
    }
    return undefined;
  },
  framework: phpFramework,
};
