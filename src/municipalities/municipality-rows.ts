import { EntityManager } from 'typeorm';
import { Municipality } from './municipality.entity';

/** What a municipality is written with, by the seeder or by an administrator. */
export type MunicipalityFields = Pick<
  Municipality,
  'code' | 'name' | 'nameEn' | 'county' | 'isoCode'
>;

/**
 * The one place municipality rows are written (the seeder's inserts, the administrators'
 * creates and edits), so a column derived from the others, such as a search form of the
 * names, is filled alike on every path.
 */
export async function insertMunicipalities(
  manager: EntityManager,
  rows: MunicipalityFields[],
): Promise<void> {
  if (rows.length) await manager.insert(Municipality, rows);
}

export function saveMunicipality(
  manager: EntityManager,
  municipality: Municipality,
): Promise<Municipality> {
  return manager.save(municipality);
}
