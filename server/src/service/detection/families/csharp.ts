// C#: ASP.NET Core (StatusCode(), Results, ProducesResponseType, StatusCodes.Status404NotFound),
// System.Net.HttpStatusCode, xUnit/NUnit/FluentAssertions.
import { FamilyRules, FileHints, ConstantMatch } from '../familyRules';
import { pascalStatusCode } from '../names/dotnet';
import { squash } from '../names/standard';

/** Status404NotFound → 404 (the number is in the name). */
export function aspNetStatusConstant(name: string): number | undefined {
  const m = /^Status([1-5]\d\d)[A-Z]\w*$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

function csFramework(_context: string, file: FileHints): string | undefined {
  if (file.has('Microsoft.AspNetCore') || file.has('ControllerBase') || file.has('IActionResult') || file.has('WebApplication')) return 'aspnetcore';
  return 'dotnet';
}

export const csharpRules: FamilyRules = {
  family: 'csharp',
  syntax: {
    slashComments: true, hashComments: false, tripleQuotes: true, backtickStrings: false, regexLiterals: false,
    singleLineStrings: true, verbatimStrings: true,
  },
  calls: {
    StatusCodeResult: { args: [0] },
    ProducesResponseType: { args: 'any' },
    SwaggerResponse: { args: [0] },
    ProducesErrorResponseType: { args: [] },
    HttpResponseException: { args: [0] },
    HttpRequestException: { args: [2] },
  },
  qualifiers: new Set(['HttpStatusCode', 'StatusCodes']),
  constant(qualifier, member): ConstantMatch | undefined {
    if (qualifier === 'StatusCodes') {
      const code = aspNetStatusConstant(member);
      return code ? { code, framework: 'aspnetcore' } : undefined;
    }
    const code = pascalStatusCode(member, squash(member));
    return code ? { code, framework: 'dotnet' } : undefined;
  },
  bareConstant(name) {
    const code = aspNetStatusConstant(name);
    return code ? { code, framework: 'aspnetcore' } : undefined;
  },
  framework: csFramework,
};
