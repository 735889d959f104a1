// .NET System.Net.HttpStatusCode members (also Ktor's and axios' HttpStatusCode, actix/rocket PascalCase),
// and ASP.NET Core StatusCodes.Status404NotFound. PascalCase names squash to the common table;
// these are the .NET-only synonyms.
import { commonNames, tableOf } from './standard';

const dotnetOnly = tableOf([
  [300, 'Ambiguous'], [301, 'Moved'], [302, 'Redirect'], [303, 'RedirectMethod'], [307, 'RedirectKeepVerb'],
  [203, 'NonAuthoritativeInformation'], [407, 'ProxyAuthenticationRequired'], [505, 'HttpVersionNotSupported'],
  [431, 'RequestHeaderFieldsTooLarge'], [418, 'ImATeapot'],
]);

export function pascalStatusCode(member: string, squashed: string): number | undefined {
  void member;
  return commonNames.get(squashed) ?? dotnetOnly.get(squashed);
}
