import { EntityManager } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { MutationScope } from '../database/transaction.service';
import { Institution } from '../institutions/institution.entity';
import { Person } from './person.entity';

/** E-mails are compared and stored lower-case, without surrounding spaces. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface PersonFields {
  fullName: string;
  email?: string | null;
  phone?: string | null;
  position?: string | null;
  institutionId?: string | null;
}

/** A person's institution, when one is named, must exist (refused on `field` otherwise). */
export async function requireInstitution(
  manager: EntityManager,
  institutionId: string | null | undefined,
  field: string,
): Promise<void> {
  if (institutionId && !(await manager.existsBy(Institution, { id: institutionId }))) {
    throw badInput([
      { field, rule: 'UNKNOWN_ID', message: 'does not name an existing institution' },
    ]);
  }
}

/** The person already known by this e-mail, if any: one person never exists twice for one. */
export function personByEmail(manager: EntityManager, email: string): Promise<Person | null> {
  return manager.findOneBy(Person, { email: normalizeEmail(email) });
}

/**
 * Records a new person, refusing an e-mail that already names someone (`field` is where the
 * caller's input put it, so the error names the right field).
 */
export async function createPerson(
  { manager, audit }: MutationScope,
  input: PersonFields,
  operation: string,
  fieldPrefix = '',
): Promise<Person> {
  if (input.email) {
    const known = await personByEmail(manager, input.email);
    if (known) {
      throw badInput([
        {
          field: `${fieldPrefix}email`,
          rule: 'ALREADY_USED',
          message: `already belongs to ${known.fullName} (${known.id}); name that person by personId`,
        },
      ]);
    }
  }
  await requireInstitution(manager, input.institutionId, `${fieldPrefix}institutionId`);
  const person = await manager.save(
    manager.create(Person, {
      fullName: input.fullName.trim(),
      email: input.email ? normalizeEmail(input.email) : null,
      phone: input.phone ?? null,
      position: input.position ?? null,
      institutionId: input.institutionId ?? null,
    }),
  );
  await audit({ operation, entityType: 'Person', entityId: person.id, after: person });
  return person;
}
