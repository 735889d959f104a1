// The table of diagnostic rules: id, default severity, basis and check, one file per rule.
import { Rule } from './types';
import { preferServiceUnavailable } from './rules/preferServiceUnavailable';
import { retryAfterMissing } from './rules/retryAfterMissing';
import { requiredHeaderMissing } from './rules/requiredHeaderMissing';
import { locationMissing } from './rules/locationMissing';
import { bodyNotAllowed } from './rules/bodyNotAllowed';
import { redirectChangesMethod } from './rules/redirectChangesMethod';
import { unusualStatusCode } from './rules/unusualStatusCode';
import { deprecatedStatusName } from './rules/deprecatedStatusName';
import { goHeaderAfterWrite } from './rules/goHeaderAfterWrite';
import { invalidRetryAfter } from './rules/invalidRetryAfter';
import { openapiResponses } from './rules/openapiResponses';

export const rules: readonly Rule[] = [
  preferServiceUnavailable,
  retryAfterMissing,
  requiredHeaderMissing,
  locationMissing,
  bodyNotAllowed,
  redirectChangesMethod,
  unusualStatusCode,
  deprecatedStatusName,
  goHeaderAfterWrite,
  invalidRetryAfter,
  openapiResponses,
];
