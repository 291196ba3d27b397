import { FindOptionsWhere, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { Membership } from './membership.entity';

/**
 * "A member on a date": the one rule for who sits on a task force on a calendar date, in
 * each form the code needs. A membership covers its first and last day; an open end
 * (`validTo` null) lasts. Quorum, rosters, rights and every figure count members by it.
 */

/** True when the membership covers that date (both ends inclusive). */
export const isValidOn = (m: Pick<Membership, 'validFrom' | 'validTo'>, date: string) =>
  m.validFrom <= date && (m.validTo === null || m.validTo >= date);

/** The same as SQL over a membership alias; `date` is a placeholder such as `:asOf`. */
export const validOnSql = (alias: string, date: string) =>
  `(${alias}.valid_from <= ${date} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${date}))`;

/** The same as TypeORM find conditions (a list, so OR-ed), with other conditions added. */
export const validOnWhere = (
  date: string,
  where: FindOptionsWhere<Membership> = {},
): FindOptionsWhere<Membership>[] => [
  { ...where, validFrom: LessThanOrEqual(date), validTo: IsNull() },
  { ...where, validFrom: LessThanOrEqual(date), validTo: MoreThanOrEqual(date) },
];
