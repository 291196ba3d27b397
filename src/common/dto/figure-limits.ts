/**
 * The largest figures an input accepts: far above any real one, far below what breaks a sum
 * (1e308 twice made indicator totals Infinity). Sums of them are Floats in the schema, exact up
 * to 2^53, where GraphQL's 32-bit Int overflowed past 2,147,483,647.
 */
export const FIGURE_LIMITS = {
  /** One indicator contribution, in the indicator's unit (persons, leaflets, euros…). */
  contribution: 1_000_000_000,
  /** People taking part in one prevention activity. */
  participants: 1_000_000,
  /** Votes for, against or abstaining on one decision. */
  votes: 1_000,
} as const;
