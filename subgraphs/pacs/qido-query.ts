/**
 * QIDO-RS query strings that every server reads alike. Values are sent only in characters that
 * need no percent-encoding (Orthanc 1.10 does not decode `%XX` in query values, so an encoded
 * character would never match): any other character, and QIDO's own wildcard and list characters
 * `* ? , \`, becomes the single-character wildcard `?`, and the caller keeps only exact matches.
 *
 * Many values of one key go in few requests: QIDO matches a comma-separated list against any of
 * its values (PS3.18 §8.3.4.1; Orthanc applies it to every key, not only UIDs), so values are
 * joined into lists short enough for any server's URL limit. A value needing a wildcard goes
 * alone, since list items match literally.
 */

/** Characters per list: well below the 8 KiB request lines common servers accept. */
export const MAX_LIST_CHARS = 4000;
/** RFC 3986 unreserved characters: sent as they are, matched literally. */
const LITERAL = /^[A-Za-z0-9._~-]$/;
const LITERAL_VALUE = /^[A-Za-z0-9._~-]+$/;

/** One request's worth of values, and what to send as the key's value. */
export interface QidoValueList {
  readonly values: string[];
  readonly query: string;
}

/** Splits distinct, non-empty values into lists; empty values are dropped (they match anything). */
export function qidoValueLists(
  values: readonly string[],
  maxChars = MAX_LIST_CHARS,
): QidoValueList[] {
  const lists: QidoValueList[] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of new Set(values)) {
    if (value === "") continue;
    if (!LITERAL_VALUE.test(value)) {
      lists.push({ values: [value], query: qidoValue(value) });
      continue;
    }
    if (current.length && length + value.length + 1 > maxChars) {
      lists.push({ values: current, query: current.join(",") });
      [current, length] = [[], 0];
    }
    current.push(value);
    length += value.length + 1;
  }
  if (current.length) lists.push({ values: current, query: current.join(",") });
  return lists;
}

/** A single value as QIDO matches it: unreserved characters kept, each other one a `?`. */
export function qidoValue(value: string): string {
  return Array.from(value, (c) => (LITERAL.test(c) ? c : "?")).join("");
}

/**
 * `key=value&…` for keys and values built from unreserved characters and `* ? , -` (all legal
 * unencoded in a query, RFC 3986 §3.4); anything else is percent-encoded as a last resort.
 */
export function qidoQueryString(entries: ReadonlyArray<readonly [string, string]>): string {
  const component = (s: string) => (/^[A-Za-z0-9._~*?,-]*$/.test(s) ? s : encodeURIComponent(s));
  return entries.map(([key, value]) => `${component(key)}=${component(value)}`).join("&");
}
