/** Parses and checks the generator's options, with messages a user can act on. */
import { InvalidArgumentError } from "commander";

export function positiveInteger(max: number) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };
}

export function instant(text: string): Date {
  const d = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(d.getTime())) {
    throw new InvalidArgumentError("expected an ISO-8601 instant, e.g. 2026-06-01T08:00:00Z");
  }
  return d;
}

export function siteCode(text: string): string {
  if (!/^[A-Z0-9]{2,12}$/.test(text))
    throw new InvalidArgumentError("expected 2 to 12 upper-case letters or digits, e.g. H01");
  return text;
}

export function timeZone(text: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: text });
    return text;
  } catch {
    throw new InvalidArgumentError("expected an IANA time zone, e.g. Europe/Berlin");
  }
}

/** The current hour: demo data generated now reads as recent. */
export function currentHour(): Date {
  const now = new Date();
  now.setUTCMinutes(0, 0, 0);
  return now;
}

/** A store URL the writer accepts; checked before minutes of generation, not after. */
export function storeUrl(check: (url: string) => void) {
  return (text: string): string => {
    try {
      check(text);
      return text;
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}
