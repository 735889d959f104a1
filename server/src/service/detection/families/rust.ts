// Rust: the http crate's StatusCode (axum, hyper, reqwest, warp), actix-web (HttpResponse::NotFound()),
// rocket (Status::NotFound), tests (assert_eq!).
import { FamilyRules, FileHints, ConstantMatch } from '../familyRules';
import { commonNames, squash } from '../names/standard';
import { pascalStatusCode } from '../names/dotnet';

function rustFramework(context: string, file: FileHints): string | undefined {
  if (file.has('actix_web') || context.includes('HttpResponse')) return 'actix-web';
  if (file.has('axum')) return 'axum';
  if (file.has('rocket')) return 'rocket';
  if (file.has('warp')) return 'warp';
  if (file.has('reqwest')) return 'reqwest';
  if (file.has('hyper')) return 'hyper';
  return 'http';
}

export const rustRules: FamilyRules = {
  family: 'rust',
  syntax: {
    slashComments: true, nestedBlockComments: true, hashComments: false, tripleQuotes: false, backtickStrings: false,
    regexLiterals: false, singleLineStrings: false, rust: true,
  },
  calls: {
    from_u16: { args: [0], receiver: (r) => /StatusCode/.test(r) },
    from_code: { args: [0], receiver: (r) => /Status/.test(r) },
    new: { args: [0], receiver: (r) => /(^|::)(?:Status|Response)$/.test(r) }, // tide Response::new(404)
    with_status: { args: [1] },
    catch: { args: [0] },
  },
  // actix `HttpResponse::NotFound()` is a helper method, not a written status: not detected (like `Results.NotFound()`).
  qualifiers: new Set(['StatusCode', 'Status']),
  constant(qualifier, member, chain, file): ConstantMatch | undefined {
    if (qualifier === 'StatusCode') {
      if (/^[A-Z][a-z]/.test(member)) { // tide/http-types: StatusCode::NotFound
        const pascal = pascalStatusCode(member, squash(member));
        return pascal ? { code: pascal, framework: 'tide' } : undefined;
      }
      const code = /^[A-Z][A-Z0-9_]*$/.test(member) ? commonNames.get(squash(member)) : undefined;
      return code ? { code, framework: rustFramework('', file) } : undefined;
    }
    if (!/^[A-Z][a-z]/.test(member)) return undefined;
    if (qualifier === 'Status' && !(file.has('rocket') || chain.includes('rocket'))) return undefined;
    const code = pascalStatusCode(member, squash(member));
    return code ? { code, framework: qualifier === 'HttpResponse' ? 'actix-web' : 'rocket' } : undefined;
  },
  framework: rustFramework,
};
