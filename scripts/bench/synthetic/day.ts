/** Days for the synthetic content, written as YAML dates (`2022-11-08`) and in prose ("8 November 2022"). */
import { ARTICLE_DATE } from '../../../src/lib/vocabulary.ts';
import type { Random } from './random.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day (UTC). */
export class Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  constructor(y: number, m: number, d: number) {
    this.y = y;
    this.m = m;
    this.d = d;
  }
  /** `2022-11-08` */
  get iso(): string {
    return `${this.y}-${pad(this.m)}-${pad(this.d)}`;
  }
  /** "8 November 2022" */
  get prose(): string {
    return `${this.d} ${MONTHS[this.m - 1]} ${this.y}`;
  }
  /** "November 2022" */
  get month(): string {
    return `${MONTHS[this.m - 1]} ${this.y}`;
  }
  /** Milliseconds since the epoch, for comparing days. */
  get time(): number {
    return Date.UTC(this.y, this.m - 1, this.d);
  }
  /** The day of a Date, in UTC. */
  static of(date: Date): Day {
    return new Day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  /** A random day from `from` to `to`, both included. */
  static between(r: Random, from: Day, to: Day): Day {
    return Day.of(new Date(from.time + Math.floor((r.next() * (to.time - from.time + 1)) / DAY_MS) * DAY_MS));
  }
}

/** The day of the article the site explains (vocabulary.ts's ARTICLE_DATE). */
export const ARTICLE_DAY = Day.of(ARTICLE_DATE);
/** The day every synthetic source was "accessed" and every claim "checked". */
export const CHECKED_DAY = new Day(2026, 11, 24);
/** The range of made-up dates. */
export const EARLIEST = new Day(2019, 1, 1);
export const LATEST = new Day(2025, 12, 31);
