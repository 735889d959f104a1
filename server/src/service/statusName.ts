// The name a status code goes by where it was found: the vendor's meaning when the surroundings say
// whose code it is (an NGINX log's 499), else the primary one; a vendor name says its vendor.
import { StatusCodeIndex, StatusMeaning } from './dataset';
import { Detection } from './detection/types';

/** The meaning shown for a detection, or undefined for a code the dataset does not know. */
export function meaningOf(detection: Pick<Detection, 'code' | 'vendorSource'>, index: StatusCodeIndex): StatusMeaning | undefined {
  const vendor = detection.vendorSource ? index.get(detection.code)?.meanings.find((m) => m.source === detection.vendorSource) : undefined;
  return vendor ?? index.primary(detection.code);
}

/** "Not Found", "Client Closed Request (NGINX)"; undefined for an unknown code. */
export function statusName(detection: Pick<Detection, 'code' | 'vendorSource'>, index: StatusCodeIndex): string | undefined {
  const meaning = meaningOf(detection, index);
  if (!meaning) return undefined;
  return meaning.source === 'iana' ? meaning.name : `${meaning.name} (${index.sourceName(meaning.source)})`;
}
