/** UTC milliseconds of 01:00 UTC on the last Sunday of `month` (0-based) of `year`. */
function lastSunday1amUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, day, 1);
}

/**
 * Offset of UK local time (Europe/London) from UTC in ms at instant `ms`: one hour of British
 * Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October (the rule since 1996), else zero.
 */
export function londonOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSunday1amUtc(year, 2) && ms < lastSunday1amUtc(year, 9) ? 3_600_000 : 0;
}
