import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { addDays } from '../common/time/vilnius-time';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { createPerson } from '../people/person-records';
import { Person } from '../people/person.entity';
import { AddMemberInput } from './dto/add-member.input';
import { ChangeMembershipRoleInput } from './dto/change-membership-role.input';
import { EndMembershipInput } from './dto/end-membership.input';
import { Membership } from './membership.entity';
import { CHAIR_SEATS, overlaps, requireNoApprovedMeetingWithin } from './roster-rules';
import { TaskForceAccessService } from './task-force-access.service';
import { requireActiveTaskForce } from './task-force-state';
import { MembershipRole } from './task-force.enums';

type Seat = Pick<Membership, 'taskForceId' | 'personId' | 'role' | 'validFrom' | 'validTo'>;

/** Who sits on a task force, and since when: seating, unseating and changing a seat's role. */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  async addMember(viewer: Viewer, input: AddMemberInput): Promise<Membership> {
    if (!input.personId === !input.person) {
      throw badInput([
        {
          field: 'personId',
          rule: 'CONFLICTING_FIELDS',
          message: 'or person must be given, not both',
        },
      ]);
    }
    const validFrom = input.validFrom ?? this.clock.today();
    const validTo = input.validTo ?? null;
    if (validTo !== null && validTo < validFrom) {
      throw badInput([{ field: 'validTo', rule: 'DATE_ORDER', message: 'is before validFrom' }]);
    }
    await this.requireRosterRight(viewer, input);
    return this.change(viewer, async (scope) => {
      const personId = input.person
        ? (await createPerson(scope, input.person, 'addMember', 'person.')).id
        : input.personId!;
      if (input.personId && !(await scope.manager.existsBy(Person, { id: personId }))) {
        throw badInput([
          { field: 'personId', rule: 'UNKNOWN_ID', message: 'does not name a person' },
        ]);
      }
      const { taskForceId, role } = input;
      const seat = { taskForceId, personId, role, validFrom, validTo };
      return this.seat(scope, seat, 'addMember', 'validFrom');
    });
  }

  async endMembership(viewer: Viewer, input: EndMembershipInput): Promise<Membership> {
    const found = await this.requireMembership(input.membershipId);
    await this.requireRosterRight(viewer, found);
    const validTo = input.validTo ?? this.clock.today();
    return this.change(viewer, (scope) =>
      this.unseat(scope, input, validTo, 'validTo', 'endMembership'),
    );
  }

  /** A new role is a new membership: the old one ends the day before, so history stays. */
  async changeMembershipRole(
    viewer: Viewer,
    input: ChangeMembershipRoleInput,
  ): Promise<Membership> {
    const found = await this.requireMembership(input.membershipId);
    if (found.role === input.role) {
      throw badInput([{ field: 'role', rule: 'UNCHANGED', message: `is already ${input.role}` }]);
    }
    // Both the seat left and the seat taken need the right (the chair's seats: assignChair).
    await this.requireRosterRight(viewer, found);
    await this.requireRosterRight(viewer, { ...found, role: input.role });
    const from = input.from ?? this.clock.today();
    if (from <= found.validFrom) {
      throw badInput([
        { field: 'from', rule: 'DATE_ORDER', message: 'must be after the membership began' },
      ]);
    }
    return this.change(viewer, async (scope) => {
      const old = await this.unseat(
        scope,
        input,
        addDays(from, -1),
        'from',
        'changeMembershipRole',
      );
      const { taskForceId, personId } = old;
      const seat = {
        taskForceId,
        personId,
        role: input.role,
        validFrom: from,
        validTo: found.validTo,
      };
      return this.seat(scope, seat, 'changeMembershipRole', 'from');
    });
  }

  /** Seating or unseating: the chair's seats take `assignChair`, the others `keepRoster`. */
  private requireRosterRight(viewer: Viewer, seat: Pick<Membership, 'taskForceId' | 'role'>) {
    const right = CHAIR_SEATS.includes(seat.role) ? 'assignChair' : 'keepRoster';
    return this.access.require(viewer, right, seat);
  }

  private async requireMembership(id: string): Promise<Membership> {
    const found = await this.dataSource.getRepository(Membership).findOneBy({ id });
    if (!found) throw notFound('Membership', id);
    return found;
  }

  /** One transaction; the caller's rights are read afresh afterwards (they may have changed). */
  private async change<T>(viewer: Viewer, work: (scope: MutationScope) => Promise<T>) {
    const result = await this.tx.run(viewer.accountId, work);
    this.access.forget(viewer);
    return result;
  }

  private async seat(
    scope: MutationScope,
    seat: Seat,
    operation: string,
    field: string,
  ): Promise<Membership> {
    const { manager, audit } = scope;
    const { taskForceId, personId, validFrom, validTo } = seat;
    await requireActiveTaskForce(manager, taskForceId);
    await requireNoApprovedMeetingWithin(manager, taskForceId, {
      from: validFrom,
      to: validTo,
      field,
    });
    const existing = await manager.findBy(Membership, { taskForceId });
    if (existing.some((m) => m.personId === personId && overlaps(m, validFrom, validTo))) {
      throw badInput([
        {
          field,
          rule: 'OVERLAPS',
          message: 'overlaps a membership this person already holds here',
        },
      ]);
    }
    if (
      seat.role === MembershipRole.CHAIR &&
      existing.some((m) => m.role === MembershipRole.CHAIR && overlaps(m, validFrom, validTo))
    ) {
      throw badInput([
        {
          field: 'role',
          rule: 'OVERLAPS',
          message: 'CHAIR is already held by someone else in that period',
        },
      ]);
    }
    const membership = await manager.save(manager.create(Membership, seat));
    await audit({
      operation,
      entityType: 'Membership',
      entityId: membership.id,
      after: membership,
    });
    return membership;
  }

  private async unseat(
    { manager, audit }: MutationScope,
    input: { membershipId: string; version: number },
    validTo: string,
    field: string,
    operation: string,
  ): Promise<Membership> {
    const membership = await manager.findOneByOrFail(Membership, { id: input.membershipId });
    if (membership.version !== input.version) throw conflict('the membership');
    if (validTo < membership.validFrom) {
      throw badInput([{ field, rule: 'DATE_ORDER', message: 'is before the membership began' }]);
    }
    if (membership.validTo !== null && membership.validTo < validTo) {
      throw badInput([
        { field, rule: 'DATE_ORDER', message: 'is after the membership already ended' },
      ]);
    }
    await requireNoApprovedMeetingWithin(manager, membership.taskForceId, {
      from: addDays(validTo, 1),
      to: membership.validTo,
      field,
    });
    const before = { ...membership };
    membership.validTo = validTo;
    const saved = await manager.save(membership);
    await audit({ operation, entityType: 'Membership', entityId: saved.id, before, after: saved });
    return saved;
  }
}
