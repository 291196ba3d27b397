import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { requireUnique } from '../database/require-unique';
import { TransactionService } from '../database/transaction.service';
import { Municipality } from '../municipalities/municipality.entity';
import { retireKey } from '../reference-data/former-keys';
import { CreateInstitutionInput, UpdateInstitutionInput } from './dto/institution.inputs';
import { Institution } from './institution.entity';
import { saveInstitution } from './institution-rows';

const NAME_TAKEN = 'is already the name of another institution';

/** Administrators add and correct institutions; each change is audited. */
@Injectable()
export class InstitutionEditingService {
  constructor(private readonly tx: TransactionService) {}

  createInstitution(viewer: Viewer, input: CreateInstitutionInput): Promise<Institution> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const name = input.name.trim();
      await requireUnique(manager, Institution, 'name', name, { message: NAME_TAKEN });
      await requireMunicipality(manager, input.municipalityId);
      const institution = await saveInstitution(
        manager,
        manager.create(Institution, {
          name,
          nameEn: input.nameEn?.trim() || null,
          type: input.type,
          municipalityId: input.municipalityId ?? null,
        }),
      );
      await audit({
        operation: 'createInstitution',
        entityType: 'Institution',
        entityId: institution.id,
        after: institution,
      });
      return institution;
    });
  }

  updateInstitution(viewer: Viewer, input: UpdateInstitutionInput): Promise<Institution> {
    const { id, version, ...fields } = input;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const institution = await manager.findOneBy(Institution, { id });
      if (!institution) throw notFound('Institution', id);
      if (institution.version !== version) throw conflict('the institution');
      const before = { ...institution };
      const changes = definedChanges(fields);
      if (changes.name !== undefined) {
        changes.name = changes.name.trim();
        await requireUnique(manager, Institution, 'name', changes.name, {
          exceptId: id,
          message: NAME_TAKEN,
        });
      }
      if (changes.nameEn !== undefined) changes.nameEn = changes.nameEn?.trim() || null;
      await requireMunicipality(manager, changes.municipalityId);
      Object.assign(institution, changes);
      const saved = await saveInstitution(manager, institution);
      await retireKey(manager, 'Institution', id, before.name, saved.name);
      await audit({
        operation: 'updateInstitution',
        entityType: 'Institution',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }
}

async function requireMunicipality(manager: EntityManager, id: string | null | undefined) {
  if (id && !(await manager.existsBy(Municipality, { id }))) {
    throw badInput([
      { field: 'municipalityId', rule: 'UNKNOWN_ID', message: 'does not name a municipality' },
    ]);
  }
}
