import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, conflict, failedPrecondition, notFound } from '../common/errors/domain-error';
import { definedChanges } from '../common/dto/defined-changes';
import { paginate } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { addDays } from '../common/time/vilnius-time';
import { TransactionService } from '../database/transaction.service';
import { Municipality } from '../municipalities/municipality.entity';
import { createPerson } from '../people/person-records';
import { Person } from '../people/person.entity';
import { AddMemberInput } from './dto/add-member.input';
import { CreateTaskForceInput } from './dto/create-task-force.input';
import { EndMembershipInput } from './dto/end-membership.input';
import { TaskForcesArgs } from './dto/task-forces.args';
import { Membership } from './membership.entity';
import { TaskForceAccessService } from './task-force-access.service';
import { DissolveTaskForceInput, UpdateTaskForceInput } from './dto/update-task-force.input';
import { requireActiveTaskForce } from './task-force-state';
import { CHAIR_SEATS, overlaps, requireNoApprovedMeetingWithin } from './roster-rules';
import { MembershipRole, TaskForceStatus } from './task-force.enums';
import { TaskForce } from './task-force.entity';

@Injectable()
export class TaskForcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  createTaskForce(viewer: Viewer, input: CreateTaskForceInput): Promise<TaskForce> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      if (!(await manager.existsBy(Municipality, { id: input.municipalityId }))) {
        throw badInput([{ field: 'municipalityId', message: 'does not name a municipality' }]);
      }
      const name = input.name.trim();
      if (await manager.existsBy(TaskForce, { name })) {
        throw badInput([{ field: 'name', message: 'is already used by another task force' }]);
      }
      const taskForce = await manager.save(manager.create(TaskForce, { ...input, name }));
      await audit({
        operation: 'createTaskForce',
        entityType: 'TaskForce',
        entityId: taskForce.id,
        after: taskForce,
      });
      return taskForce;
    });
  }

  updateTaskForce(viewer: Viewer, input: UpdateTaskForceInput): Promise<TaskForce> {
    const { id, version, ...fields } = input;
    return this.change(viewer, { id, version }, 'updateTaskForce', async (taskForce, manager) => {
      const changes = definedChanges(fields);
      if (changes.name !== undefined) {
        const name = changes.name.trim();
        const taken = await manager.findOneBy(TaskForce, { name });
        if (taken && taken.id !== id) {
          throw badInput([{ field: 'name', message: 'is already used by another task force' }]);
        }
        changes.name = name;
      }
      Object.assign(taskForce, changes);
    });
  }

  /** A dissolved task force keeps its records readable and takes no new ones. */
  dissolveTaskForce(viewer: Viewer, input: DissolveTaskForceInput): Promise<TaskForce> {
    const { id, version } = input;
    return this.change(viewer, { id, version }, 'dissolveTaskForce', async (taskForce) => {
      if (taskForce.status === TaskForceStatus.DISSOLVED) {
        throw failedPrecondition(`${taskForce.name} is already dissolved.`);
      }
      const dissolvedOn = input.dissolvedOn ?? this.clock.today();
      if (dissolvedOn < taskForce.establishedOn) {
        throw badInput([{ field: 'dissolvedOn', message: 'is before the task force was set up' }]);
      }
      Object.assign(taskForce, {
        status: TaskForceStatus.DISSOLVED,
        dissolvedOn,
        dissolvingAct: input.dissolvingAct?.trim() || null,
      });
    });
  }

  private change(
    viewer: Viewer,
    { id, version }: { id: string; version: number },
    operation: string,
    apply: (taskForce: TaskForce, manager: EntityManager) => Promise<void>,
  ): Promise<TaskForce> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const taskForce = await manager.findOneBy(TaskForce, { id });
      if (!taskForce) throw notFound('TaskForce', id);
      if (taskForce.version !== version) throw conflict('The task force');
      const before = { ...taskForce };
      await apply(taskForce, manager);
      const saved = await manager.save(taskForce);
      await audit({ operation, entityType: 'TaskForce', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** Seating or unseating: the chair's seats take `assignChair`, the others `keepRoster`. */
  private requireRosterRight(viewer: Viewer, seat: Pick<Membership, 'taskForceId' | 'role'>) {
    const right = CHAIR_SEATS.includes(seat.role) ? 'assignChair' : 'keepRoster';
    return this.access.require(viewer, right, seat);
  }

  async addMember(viewer: Viewer, input: AddMemberInput): Promise<Membership> {
    if (!input.personId === !input.person) {
      throw badInput([{ field: 'personId', message: 'or person must be given, not both' }]);
    }
    const validFrom = input.validFrom ?? this.clock.today();
    const validTo = input.validTo ?? null;
    if (validTo !== null && validTo < validFrom) {
      throw badInput([{ field: 'validTo', message: 'is before validFrom' }]);
    }
    await this.requireRosterRight(viewer, input);
    const saved = await this.tx.run(viewer.accountId, async (scope) => {
      const { manager, audit } = scope;
      await requireActiveTaskForce(manager, input.taskForceId);
      await requireNoApprovedMeetingWithin(manager, input.taskForceId, {
        from: validFrom,
        to: validTo,
        field: 'validFrom',
      });
      const personId = input.person
        ? (await createPerson(scope, input.person, 'addMember', 'person.')).id
        : input.personId!;
      if (input.personId && !(await manager.existsBy(Person, { id: personId }))) {
        throw badInput([{ field: 'personId', message: 'does not name a person' }]);
      }
      const existing = await manager.findBy(Membership, { taskForceId: input.taskForceId });
      if (existing.some((m) => m.personId === personId && overlaps(m, validFrom, validTo))) {
        throw badInput([
          { field: 'validFrom', message: 'overlaps a membership this person already holds here' },
        ]);
      }
      if (
        input.role === MembershipRole.CHAIR &&
        existing.some((m) => m.role === MembershipRole.CHAIR && overlaps(m, validFrom, validTo))
      ) {
        throw badInput([
          { field: 'role', message: 'CHAIR is already held by someone else in that period' },
        ]);
      }
      const membership = await manager.save(
        manager.create(Membership, {
          taskForceId: input.taskForceId,
          personId,
          role: input.role,
          validFrom,
          validTo,
        }),
      );
      await audit({
        operation: 'addMember',
        entityType: 'Membership',
        entityId: membership.id,
        after: membership,
      });
      return membership;
    });
    this.access.forget(viewer);
    return saved;
  }

  async endMembership(viewer: Viewer, input: EndMembershipInput): Promise<Membership> {
    const found = await this.dataSource.getRepository(Membership).findOneBy({
      id: input.membershipId,
    });
    if (!found) throw notFound('Membership', input.membershipId);
    await this.requireRosterRight(viewer, found);
    const validTo = input.validTo ?? this.clock.today();
    const ended = await this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const membership = await manager.findOneByOrFail(Membership, { id: input.membershipId });
      if (membership.version !== input.version) throw conflict('Membership');
      if (validTo < membership.validFrom) {
        throw badInput([{ field: 'validTo', message: 'is before the membership began' }]);
      }
      if (membership.validTo !== null && membership.validTo < validTo) {
        throw badInput([{ field: 'validTo', message: 'is after the membership already ended' }]);
      }
      await requireNoApprovedMeetingWithin(manager, membership.taskForceId, {
        from: addDays(validTo, 1),
        to: membership.validTo,
        field: 'validTo',
      });
      const before = { ...membership };
      membership.validTo = validTo;
      const saved = await manager.save(membership);
      await audit({
        operation: 'endMembership',
        entityType: 'Membership',
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
    this.access.forget(viewer);
    return ended;
  }

  async taskForces(viewer: Viewer, args: TaskForcesArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.dataSource.getRepository(TaskForce).createQueryBuilder('taskForce');
    if (!scope.readsEveryTaskForce) {
      const ids = [...scope.roles.keys()];
      query.andWhere(ids.length ? 'taskForce.id IN (:...ids)' : '1 = 0', { ids });
    }
    if (args.municipalityId) {
      query.andWhere('taskForce.municipalityId = :m', { m: args.municipalityId });
    }
    if (args.status) query.andWhere('taskForce.status = :status', { status: args.status });
    return paginate(query, args, { property: 'name', direction: 'ASC' });
  }

  async taskForce(viewer: Viewer, id: string): Promise<TaskForce> {
    const taskForce = await this.dataSource.getRepository(TaskForce).findOneBy({ id });
    if (!taskForce) throw notFound('TaskForce', id);
    await this.access.require(viewer, 'read', { taskForceId: id });
    return taskForce;
  }
}
