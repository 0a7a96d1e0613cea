/** Thrown for a usage problem that stops the run (an unreadable --period, invalid --rules, a plan range outside the years). */
export class UsageError extends Error {}
