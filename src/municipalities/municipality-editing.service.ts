import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { conflict, notFound } from '../common/errors/domain-error';
import { requireUnique } from '../database/require-unique';
import { TransactionService } from '../database/transaction.service';
import { retireKey } from '../reference-data/former-keys';
import { CreateMunicipalityInput, UpdateMunicipalityInput } from './dto/municipality.inputs';
import { Municipality } from './municipality.entity';
import { MunicipalityFields, saveMunicipality } from './municipality-rows';

/** Each of these names one municipality only. */
const UNIQUE: (keyof MunicipalityFields)[] = ['code', 'name', 'nameEn', 'isoCode'];

/** Administrators add and correct municipalities; each change is audited. */
@Injectable()
export class MunicipalityEditingService {
  constructor(private readonly tx: TransactionService) {}

  createMunicipality(viewer: Viewer, input: CreateMunicipalityInput): Promise<Municipality> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const fields: MunicipalityFields = {
        code: input.code,
        name: input.name.trim(),
        nameEn: input.nameEn.trim(),
        county: input.county.trim(),
        isoCode: input.isoCode ?? null,
      };
      await requireUniqueFields(manager, fields);
      const municipality = await saveMunicipality(manager, manager.create(Municipality, fields));
      await audit({
        operation: 'createMunicipality',
        entityType: 'Municipality',
        entityId: municipality.id,
        after: municipality,
      });
      return municipality;
    });
  }

  updateMunicipality(viewer: Viewer, input: UpdateMunicipalityInput): Promise<Municipality> {
    const { id, version, ...fields } = input;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const municipality = await manager.findOneBy(Municipality, { id });
      if (!municipality) throw notFound('Municipality', id);
      if (municipality.version !== version) throw conflict('the municipality');
      const before = { ...municipality };
      const changes = definedChanges(fields);
      for (const key of ['name', 'nameEn', 'county'] as const) {
        if (changes[key] !== undefined) changes[key] = changes[key].trim();
      }
      await requireUniqueFields(manager, changes, id);
      Object.assign(municipality, changes);
      const saved = await saveMunicipality(manager, municipality);
      await retireKey(manager, 'Municipality', id, before.code, saved.code);
      await audit({
        operation: 'updateMunicipality',
        entityType: 'Municipality',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }
}

async function requireUniqueFields(
  manager: EntityManager,
  fields: Partial<MunicipalityFields>,
  exceptId?: string,
): Promise<void> {
  for (const field of UNIQUE) {
    await requireUnique(manager, Municipality, field, fields[field], {
      exceptId,
      message: 'is already used by another municipality',
    });
  }
}
