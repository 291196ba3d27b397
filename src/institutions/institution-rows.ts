import { EntityManager } from 'typeorm';
import { Institution } from './institution.entity';

/** What an institution is written with, by the seeder or by an administrator. */
export type InstitutionFields = Pick<Institution, 'name' | 'nameEn' | 'type' | 'municipalityId'>;

/**
 * The one place institution rows are written (the seeder's inserts, the administrators' creates
 * and edits), so a column derived from the others, such as a search form of the name, is
 * filled alike on every path.
 */
export async function insertInstitutions(
  manager: EntityManager,
  rows: InstitutionFields[],
): Promise<void> {
  if (rows.length) await manager.insert(Institution, rows);
}

export function saveInstitution(
  manager: EntityManager,
  institution: Institution,
): Promise<Institution> {
  return manager.save(institution);
}
