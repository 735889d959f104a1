// Go's net/http constants (also re-exported by fasthttp and fiber): http.StatusNotFound → 404.
// Go abbreviates a few names, so the exact list is kept rather than derived.
import { tableOf } from './standard';

export const goStatusList: ReadonlyArray<readonly [number, string]> = [
  [100, 'StatusContinue'], [101, 'StatusSwitchingProtocols'], [102, 'StatusProcessing'], [103, 'StatusEarlyHints'],
  [200, 'StatusOK'], [201, 'StatusCreated'], [202, 'StatusAccepted'], [203, 'StatusNonAuthoritativeInfo'],
  [204, 'StatusNoContent'], [205, 'StatusResetContent'], [206, 'StatusPartialContent'], [207, 'StatusMultiStatus'],
  [208, 'StatusAlreadyReported'], [226, 'StatusIMUsed'],
  [300, 'StatusMultipleChoices'], [301, 'StatusMovedPermanently'], [302, 'StatusFound'], [303, 'StatusSeeOther'],
  [304, 'StatusNotModified'], [305, 'StatusUseProxy'], [307, 'StatusTemporaryRedirect'], [308, 'StatusPermanentRedirect'],
  [400, 'StatusBadRequest'], [401, 'StatusUnauthorized'], [402, 'StatusPaymentRequired'], [403, 'StatusForbidden'],
  [404, 'StatusNotFound'], [405, 'StatusMethodNotAllowed'], [406, 'StatusNotAcceptable'], [407, 'StatusProxyAuthRequired'],
  [408, 'StatusRequestTimeout'], [409, 'StatusConflict'], [410, 'StatusGone'], [411, 'StatusLengthRequired'],
  [412, 'StatusPreconditionFailed'], [413, 'StatusRequestEntityTooLarge'], [414, 'StatusRequestURITooLong'],
  [415, 'StatusUnsupportedMediaType'], [416, 'StatusRequestedRangeNotSatisfiable'], [417, 'StatusExpectationFailed'],
  [418, 'StatusTeapot'], [421, 'StatusMisdirectedRequest'], [422, 'StatusUnprocessableEntity'], [423, 'StatusLocked'],
  [424, 'StatusFailedDependency'], [425, 'StatusTooEarly'], [426, 'StatusUpgradeRequired'], [428, 'StatusPreconditionRequired'],
  [429, 'StatusTooManyRequests'], [431, 'StatusRequestHeaderFieldsTooLarge'], [451, 'StatusUnavailableForLegalReasons'],
  [500, 'StatusInternalServerError'], [501, 'StatusNotImplemented'], [502, 'StatusBadGateway'],
  [503, 'StatusServiceUnavailable'], [504, 'StatusGatewayTimeout'], [505, 'StatusHTTPVersionNotSupported'],
  [506, 'StatusVariantAlsoNegotiates'], [507, 'StatusInsufficientStorage'], [508, 'StatusLoopDetected'],
  [510, 'StatusNotExtended'], [511, 'StatusNetworkAuthenticationRequired'],
];

export const goStatusNames = tableOf(goStatusList);

/** Package names whose Status* members are HTTP statuses. */
export const goStatusPackages = new Set(['http', 'fasthttp', 'fiber', 'nethttp', 'stdhttp']);
