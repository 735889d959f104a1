// Java constants that do not follow the registered names: java.net.HttpURLConnection.HTTP_* and
// jakarta/javax HttpServletResponse.SC_*.
import { tableOf } from './standard';

/** HttpURLConnection.HTTP_OK ... (squashed, without the HTTP_ prefix). */
export const httpUrlConnectionNames = tableOf([
  [200, 'OK'], [201, 'CREATED'], [202, 'ACCEPTED'], [203, 'NOT_AUTHORITATIVE'], [204, 'NO_CONTENT'], [205, 'RESET'],
  [206, 'PARTIAL'], [300, 'MULT_CHOICE'], [301, 'MOVED_PERM'], [302, 'MOVED_TEMP'], [303, 'SEE_OTHER'],
  [304, 'NOT_MODIFIED'], [305, 'USE_PROXY'], [400, 'BAD_REQUEST'], [401, 'UNAUTHORIZED'], [402, 'PAYMENT_REQUIRED'],
  [403, 'FORBIDDEN'], [404, 'NOT_FOUND'], [405, 'BAD_METHOD'], [406, 'NOT_ACCEPTABLE'], [407, 'PROXY_AUTH'],
  [408, 'CLIENT_TIMEOUT'], [409, 'CONFLICT'], [410, 'GONE'], [411, 'LENGTH_REQUIRED'], [412, 'PRECON_FAILED'],
  [413, 'ENTITY_TOO_LARGE'], [414, 'REQ_TOO_LONG'], [415, 'UNSUPPORTED_TYPE'], [500, 'INTERNAL_ERROR'],
  [500, 'SERVER_ERROR'], [501, 'NOT_IMPLEMENTED'], [502, 'BAD_GATEWAY'], [503, 'UNAVAILABLE'],
  [504, 'GATEWAY_TIMEOUT'], [505, 'VERSION'],
]);

/** HttpServletResponse.SC_* (squashed, without the SC_ prefix) beyond the registered names. */
export const servletNames = tableOf([
  [302, 'MOVED_TEMPORARILY'], [413, 'REQUEST_ENTITY_TOO_LARGE'], [414, 'REQUEST_URI_TOO_LONG'],
  [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'], [203, 'NON_AUTHORITATIVE_INFORMATION'],
  [407, 'PROXY_AUTHENTICATION_REQUIRED'], [505, 'HTTP_VERSION_NOT_SUPPORTED'],
]);

/** Spring MockMvc: status().isNotFound() → 404 (method name without "is"). */
export const mockMvcMatchers = tableOf([
  [413, 'PayloadTooLarge'], [418, 'IAmATeapot'], [414, 'UriTooLong'], [422, 'UnprocessableEntity'],
]);
