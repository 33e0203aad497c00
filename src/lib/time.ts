/**
 * Days and durations, at the bottom of the stack: scheduling, progress, the dashboard and the study
 * plan all count in the learner's local calendar days, and must agree on what "today" is.
 */
export const DAY_MS = 86_400_000;

/** The learner's local calendar day, "YYYY-MM-DD": the unit of streaks, daily goals and limits. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `offset` days after `day` (negative for before), across month and DST changes. */
export function shiftDay(day: string, offset: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return localDay(new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + offset));
}

/** Local midnight `daysBack` days before `now`, as a timestamp. */
export function dayStart(now: Date, daysBack = 0): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysBack).getTime();
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function wholeDaysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}
