import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Account } from '../auth/account.entity';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { TransactionService } from '../database/transaction.service';
import { Membership } from '../task-forces/membership.entity';
import { validOnWhere } from '../task-forces/membership-validity';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { TASK_FORCE_RIGHTS } from '../task-forces/task-force-rights';
import { UpdatePersonInput } from './dto/update-person.input';
import { normalizeEmail, personByEmail, requireInstitution } from './person-records';
import { Person } from './person.entity';

@Injectable()
export class PeopleService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  /** Name, position, institution and contacts: by the person, or who keeps their roster. */
  updatePerson(viewer: Viewer, input: UpdatePersonInput): Promise<Person> {
    const { id, version, ...fields } = input;
    const changes = definedChanges(fields);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const person = await manager.findOneBy(Person, { id });
      if (!person) throw notFound('Person', id);
      await this.requireEditor(manager, viewer, id);
      if (person.version !== version) throw conflict('the person');
      await this.checkChanges(manager, person, changes);
      const before = { ...person };
      Object.assign(person, changes);
      if (changes.fullName) person.fullName = changes.fullName.trim();
      if (changes.email) person.email = normalizeEmail(changes.email);
      const saved = await manager.save(person);
      await audit({
        operation: 'updatePerson',
        entityType: 'Person',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** The person themselves, or anyone holding `editPerson` on a task force they sit on now. */
  private async requireEditor(manager: EntityManager, viewer: Viewer, personId: string) {
    if (await this.access.can(viewer, 'editOwnDetails', { personId })) return;
    if (await this.access.can(viewer, 'editPerson', {})) return;
    const seats = await manager.findBy(Membership, validOnWhere(this.clock.today(), { personId }));
    for (const { taskForceId } of seats) {
      if (await this.access.can(viewer, 'editPerson', { taskForceId })) return;
    }
    throw forbidden(`Only ${TASK_FORCE_RIGHTS.editPerson.who}, or the person, may do this.`);
  }

  private async checkChanges(
    manager: EntityManager,
    person: Person,
    changes: Partial<UpdatePersonInput>,
  ) {
    if (changes.email !== undefined && changes.email !== person.email) {
      if (await manager.existsBy(Account, { personId: person.id })) {
        throw badInput([
          {
            field: 'email',
            rule: 'BELONGS_TO_LOGIN',
            message: 'is the login of an account: an administrator changes it',
          },
        ]);
      }
      const known = changes.email && (await personByEmail(manager, changes.email));
      if (known && known.id !== person.id) {
        throw badInput([
          { field: 'email', rule: 'ALREADY_USED', message: `already belongs to ${known.fullName}` },
        ]);
      }
    }
    await requireInstitution(manager, changes.institutionId, 'institutionId');
  }
}
