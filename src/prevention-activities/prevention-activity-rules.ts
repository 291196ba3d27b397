/**
 * An activity is recorded once it has taken place: the plan progress and the overview count
 * every recorded activity at once, so a date after today (in Vilnius) would count what has not
 * happened yet. Returns why a date is refused, or null when it is accepted.
 */
export function activityDateProblem(date: string, today: string): string | null {
  return date > today
    ? `is after today (${today}); record an activity once it has taken place`
    : null;
}
