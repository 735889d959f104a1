// Python's requests.codes: lower-case names with many aliases (requests/status_codes.py).
import { tableOf } from './standard';

export const requestsCodeNames = tableOf([
  [200, 'ok'], [200, 'okay'], [200, 'all_ok'], [200, 'all_okay'], [200, 'all_good'],
  [203, 'non_authoritative_info'], [205, 'reset'], [206, 'partial'], [207, 'multiple_status'],
  [301, 'moved'], [303, 'other'], [306, 'switch_proxy'], [307, 'temporary_moved'], [307, 'temporary'],
  [308, 'resume_incomplete'], [308, 'resume'], [400, 'bad'], [402, 'payment'], [405, 'not_allowed'],
  [407, 'proxy_auth'], [407, 'proxy_authentication'], [408, 'timeout'], [412, 'precondition'],
  [414, 'request_uri_too_large'], [416, 'requested_range'], [418, 'teapot'], [422, 'unprocessable'],
  [424, 'dependency'], [425, 'unordered_collection'], [425, 'unordered'], [426, 'upgrade'],
  [429, 'too_many'], [431, 'header_fields_too_large'], [431, 'fields_too_large'], [444, 'no_response'],
  [449, 'retry_with'], [449, 'retry'], [450, 'parental_controls'], [451, 'legal_reasons'],
  [499, 'client_closed_request'], [500, 'server_error'], [503, 'unavailable'], [505, 'http_version'],
  [509, 'bandwidth_limit_exceeded'], [509, 'bandwidth'], [511, 'network_auth'], [511, 'network_authentication'],
]);
