import { cases } from './detectionCases';

describe('detection: Java, Kotlin', () => {
  cases('java', [
    'return ResponseEntity.status(«404»).build();',
    'return new ResponseEntity<>(body, «HttpStatus.CREATED=201»);',
    '@ResponseStatus(«HttpStatus.NOT_FOUND=404»)\nclass NotFound extends RuntimeException {}',
    'response.setStatus(«HttpServletResponse.SC_BAD_REQUEST=400»);\nresponse.sendError(«403», "no");',
    'return Response.status(«Response.Status.NOT_FOUND=404»).build();\nthrow new WebApplicationException(«410»);',
    'if (conn.getResponseCode() == «HttpURLConnection.HTTP_UNAVAILABLE=503») {}\nif (conn.getResponseCode() == «200») {}',
    'mockMvc.perform(get("/")).andExpect(«status().isNotFound=404»());',
    'assertEquals(«200», response.getStatusCode().value());\nassertEquals(100, list.size());',
    'given().when().get("/").then().statusCode(«200»);',
    '@ApiResponse(responseCode = "«404»", description = "Missing")',
  ]);
  cases('java', [
    'Thread.sleep(500);\nbyte[] buf = new byte[512];\nint port = 8080;',
    'Status s = Status.NOT_FOUND; // import io.grpc.Status\nimport io.grpc.Status;',
    'System.exit(127);\nassertThat(users).hasSize(100);',
  ], 'file:///x/GrpcThing.java');
  cases('kotlin', [
    'call.respond(«HttpStatusCode.NotFound=404»)\ncall.respond(HttpStatusCode(«418», "teapot"))',
    'when (response.status.value) {\n  «404» -> 1\n  in 500..599 -> 2\n}',
    'delay(500)\nval list = listOf(100, 200)',
  ]);
});
