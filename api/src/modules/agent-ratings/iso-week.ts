const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the ISO week (UTC) that contains `at`. */
export function isoWeekStart(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

/** Monday 00:00 UTC of the next ISO week: when someone who rated this week may rate again. */
export function nextIsoWeekStart(at: Date): Date {
  return new Date(isoWeekStart(at).getTime() + 7 * DAY_MS);
}

/** YYYY-MM-DD of a UTC date. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
