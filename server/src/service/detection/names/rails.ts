// Rails/Rack status symbols (Rack::Utils::SYMBOL_TO_STATUS_CODE): :not_found → 404.
// Derived from the registered names the way Rack does (lower-case, spaces to underscores),
// plus the names older Rack versions used.
import { standardNames } from './standard';

function rackSymbol(name: string): string {
  return name.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

export const railsSymbols = new Map<string, number>();
for (const [code, name] of standardNames) railsSymbols.set(rackSymbol(name), code);
for (const [code, name] of [
  [413, 'payload_too_large'], [413, 'request_entity_too_large'], [414, 'request_uri_too_long'],
  [416, 'requested_range_not_satisfiable'], [422, 'unprocessable_entity'], [418, 'im_a_teapot'],
  [505, 'http_version_not_supported'],
] as const) railsSymbols.set(name, code);
