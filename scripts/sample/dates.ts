/**
 * The sample's calendar. Days are counted from DAY_ZERO (2026-06-01, the heads-up e-mail) and
 * times are wall-clock minutes in the organisation's time zone: pure arithmetic, no clock, no zone.
 */

export const DAY_ZERO = Date.UTC(2026, 5, 1);
/** 2026-06-15, the launch. */
export const LAUNCH_DAY = 14;
/** 2026-11-30: activity stops here, so November 2026 is the last complete month. */
export const LAST_DAY = 182;
export const MINUTES_A_DAY = 1440;

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

function parts(day: number): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(DAY_ZERO + day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** Day index → `YYYY-MM-DD`, for any day (config dates reach into 2026-12). */
export function isoDay(day: number): string {
  const { y, m, d } = parts(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Day index → `dd/mm/yyyy`, the way French Excel writes it. */
export function frenchDay(day: number): string {
  const { y, m, d } = parts(day);
  return `${pad(d)}/${pad(m)}/${y}`;
}

export function dayOf(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - DAY_ZERO) / DAY_MS);
}

export const isWeekend = (day: number) => [0, 6].includes(parts(day).weekday);
export const monthOf = (day: number) => parts(day).m;

/** `HH:MM` of a minute-of-day. */
export function clock(minutes: number): string {
  const m = ((minutes % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Formatted days of the activity window, computed once: the activity writer formats millions of rows. */
export function dayTable(format: (day: number) => string): string[] {
  return Array.from({ length: LAST_DAY + 1 }, (_, day) => format(day));
}
