// Java, Kotlin, Scala, Groovy: Spring (ResponseEntity, HttpStatus, @ResponseStatus, MockMvc), JAX-RS,
// Servlets, Ktor, HttpURLConnection, Apache HttpClient, RestAssured, JUnit/AssertJ.
import { FamilyRules, FileHints, ConstantMatch } from '../familyRules';
import { commonNames, squash } from '../names/standard';
import { pascalStatusCode } from '../names/dotnet';
import { httpUrlConnectionNames, mockMvcMatchers, servletNames } from '../names/java';

function upper(member: string): number | undefined {
  return /^[A-Z][A-Z0-9_]*$/.test(member) ? commonNames.get(squash(member)) : undefined;
}

function javaFramework(context: string, file: FileHints): string | undefined {
  if (file.has('io.ktor')) return 'ktor';
  if (file.has('org.springframework')) return 'spring';
  if (file.has('javax.ws.rs') || file.has('jakarta.ws.rs')) return 'jax-rs';
  if (file.has('io.micronaut')) return 'micronaut';
  if (file.has('io.quarkus')) return 'quarkus';
  if (file.has('HttpServletResponse')) return 'servlet';
  if (context.includes('HttpStatus')) return 'spring';
  return undefined;
}

export const javaRules: FamilyRules = {
  family: 'java',
  syntax: {
    slashComments: true, hashComments: false, tripleQuotes: true, backtickStrings: false, regexLiterals: false,
    singleLineStrings: true,
  },
  calls: {
    sendError: { args: [0] },
    fail: { args: [0], receiver: (r: string) => /^(?:ctx|context|rc|routingContext)$/.test(r), framework: 'vertx' },
    valueOf: { args: [0], receiver: (r: string) => /HttpStatus/.test(r) },
    resolve: { args: [0], receiver: (r) => /HttpStatus/.test(r) },
    fromValue: { args: [0], receiver: (r) => /HttpStatusCode/.test(r) },
    HttpStatusCode: { args: [0] },
    WebApplicationException: { args: 'any' },
    ResponseStatusException: { args: [0] },
    HttpResponseException: { args: [0] },
    ClientErrorException: { args: [1] },
    ServerErrorException: { args: [1] },
    HttpClientErrorException: { args: [0] },
    ApiResponse: { args: [] },
    respond: { args: [0], receiver: (r) => /call/.test(r) },
    respondText: { args: [] },
  },
  qualifiers: new Set(['HttpStatus', 'HttpStatusCode', 'Status', 'HttpURLConnection', 'HttpServletResponse',
    'HttpServletResponseWrapper', 'response', 'resp', 'res', 'StatusCodes', 'HttpStatuses', 'HttpResponseStatus', 'HttpResponseCode']),
  constant(qualifier, member, chain, file): ConstantMatch | undefined {
    if (member.startsWith('SC_')) {
      const key = squash(member.slice(3));
      const code = servletNames.get(key) ?? commonNames.get(key);
      return code ? { code, framework: qualifier === 'HttpStatus' ? 'apache-httpclient' : 'servlet' } : undefined;
    }
    if (qualifier === 'HttpURLConnection') {
      const code = member.startsWith('HTTP_') ? httpUrlConnectionNames.get(squash(member.slice(5))) : undefined;
      return code ? { code, framework: 'java-net' } : undefined;
    }
    if (qualifier === 'response' || qualifier === 'resp' || qualifier === 'res') return undefined;
    if (qualifier === 'HttpStatusCode') {
      const code = /^[A-Z][a-z]/.test(member) ? pascalStatusCode(member, squash(member)) : upper(member);
      return code ? { code, framework: 'ktor' } : undefined;
    }
    if (qualifier === 'Status') {
      // JAX-RS Response.Status; io.grpc.Status.NOT_FOUND is gRPC, not HTTP.
      if (file.has('io.grpc') && !chain.includes('Response.Status')) return undefined;
      const code = upper(member);
      return code ? { code, framework: 'jax-rs' } : undefined;
    }
    if (qualifier === 'HttpResponseStatus') {
      const code = upper(member);
      return code ? { code, framework: 'netty' } : undefined;
    }
    const code = upper(member);
    return code ? { code, framework: qualifier === 'HttpStatus' ? 'spring' : undefined } : undefined;
  },
  memberAfterCall(callee, member) {
    // MockMvc: status().isNotFound()
    if (!/(^|\.)(status|expectStatus)$/.test(callee) || !member.startsWith('is') || member.length < 4) return undefined;
    const key = squash(member.slice(2));
    const code = mockMvcMatchers.get(key) ?? commonNames.get(key);
    return code ? { code, framework: 'spring' } : undefined;
  },
  framework: javaFramework,
};
