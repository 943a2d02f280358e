/**
 * Seeded randomness for one synthetic patient. Each patient draws from its own stream, seeded by
 * the hospital seed and the patient number, so patient 42 is the same whether the hospital has
 * 100 or 100,000 patients.
 */
import { Faker, base, en } from "@faker-js/faker";

export class PatientRandom {
  readonly faker = new Faker({ locale: [en, base] });

  constructor(seed: number, patientNumber: number) {
    this.faker.seed([seed, patientNumber]);
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < probability;
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  /** A value around `mean`, spread ± `spread`, rounded to `decimals`. */
  around(mean: number, spread: number, decimals = 0): number {
    const v = this.faker.number.float({ min: mean - spread, max: mean + spread });
    const f = 10 ** decimals;
    return Math.round(v * f) / f;
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** An instant `hours` (fractional) before `from`, jittered by up to `jitterMinutes`. */
  hoursBefore(from: Date, hours: number, jitterMinutes = 0): Date {
    const jitter = jitterMinutes ? this.int(0, jitterMinutes) : 0;
    return new Date(from.getTime() - hours * 3_600_000 - jitter * 60_000);
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
