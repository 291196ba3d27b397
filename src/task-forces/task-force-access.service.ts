import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { SystemRole } from '../auth/system-role.enum';
import { Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { Membership } from './membership.entity';
import { MembershipRole } from './task-force.enums';

/** What one caller may read, worked out once per request from their current memberships. */
export interface TaskForceScope {
  systemRole: SystemRole;
  /** Role in each task force the caller currently belongs to. */
  roles: Map<string, MembershipRole>;
  /** Commission, Ministry and administrators read every task force. */
  readsEveryTaskForce: boolean;
  /** Commission and Ministry also read confidential records; administrators do not. */
  readsEveryConfidential: boolean;
}

const ROLE_NAMES: Record<MembershipRole, string> = {
  CHAIR: 'chair',
  DEPUTY_CHAIR: 'deputy chair',
  SECRETARY: 'secretary',
  MEMBER: 'member',
  OBSERVER: 'observer',
};

const OVERSIGHT = [SystemRole.MINISTRY, SystemRole.COMMISSION];

/**
 * The one place task-force rights are decided. Rights come from current memberships (valid
 * today in Vilnius), never from a field on the account.
 */
@Injectable()
export class TaskForceAccessService {
  private readonly scopes = new WeakMap<Viewer, Promise<TaskForceScope>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  scopeOf(viewer: Viewer): Promise<TaskForceScope> {
    // Without a caller there are no rights; refusing here starts no promise left unhandled.
    if (!viewer) throw unauthenticated();
    let scope = this.scopes.get(viewer);
    if (!scope) {
      scope = this.loadScope(viewer);
      this.scopes.set(viewer, scope);
    }
    return scope;
  }

  /** Refuses unless the caller currently holds one of `roles` in that task force. */
  async requireTaskForceRole(
    viewer: Viewer,
    taskForceId: string,
    roles: MembershipRole[],
  ): Promise<MembershipRole> {
    const role = (await this.scopeOf(viewer)).roles.get(taskForceId);
    if (role && roles.includes(role)) return role;
    throw forbidden(
      `Only the ${roles.map((r) => ROLE_NAMES[r]).join(', ')} of this task force may do this.`,
    );
  }

  /** Refuses unless the caller may read the task force's (non-confidential) records. */
  async requireReader(viewer: Viewer, taskForceId: string): Promise<TaskForceScope> {
    const scope = await this.scopeOf(viewer);
    if (!canRead(scope, taskForceId)) {
      throw forbidden('You are not a member of this task force.');
    }
    return scope;
  }

  /** A person's rights from memberships alone (e.g. for their calendar feed). */
  membershipScope(personId: string): Promise<TaskForceScope> {
    return this.loadScope({ personId, systemRole: SystemRole.NONE });
  }

  private async loadScope(
    viewer: Pick<Viewer, 'personId' | 'systemRole'>,
  ): Promise<TaskForceScope> {
    const today = this.clock.today();
    const current = { personId: viewer.personId, validFrom: LessThanOrEqual(today) };
    const memberships = await this.dataSource.getRepository(Membership).find({
      where: [
        { ...current, validTo: IsNull() },
        { ...current, validTo: MoreThanOrEqual(today) },
      ],
    });
    return {
      systemRole: viewer.systemRole,
      roles: new Map(memberships.map((m) => [m.taskForceId, m.role])),
      readsEveryTaskForce: viewer.systemRole !== SystemRole.NONE,
      readsEveryConfidential: OVERSIGHT.includes(viewer.systemRole),
    };
  }
}

export function canRead(scope: TaskForceScope, taskForceId: string): boolean {
  return scope.readsEveryTaskForce || scope.roles.has(taskForceId);
}

/** Confidential records: members who are not observers, and the Commission and Ministry. */
export function canReadConfidential(scope: TaskForceScope, taskForceId: string): boolean {
  if (scope.readsEveryConfidential) return true;
  const role = scope.roles.get(taskForceId);
  return role !== undefined && role !== MembershipRole.OBSERVER;
}

/** Whether the caller may see one record of a task force, given its confidential flag. */
export function canSee(scope: TaskForceScope, taskForceId: string, confidential: boolean) {
  return confidential ? canReadConfidential(scope, taskForceId) : canRead(scope, taskForceId);
}

/**
 * The same rule as `canSee`, as a SQL condition for list queries over records that carry
 * `taskForceId` (and, when given, a confidential flag).
 */
export function visibleRecords(
  scope: TaskForceScope,
  alias: string,
  confidentialColumn?: string,
): Brackets {
  const all = [...scope.roles.keys()];
  const confidential = all.filter((id) => scope.roles.get(id) !== MembershipRole.OBSERVER);
  return new Brackets((where) => {
    if (!scope.readsEveryTaskForce) {
      where.andWhere(all.length ? `${alias}.taskForceId IN (:...scopeAll)` : '1 = 0', {
        scopeAll: all,
      });
    }
    if (confidentialColumn && !scope.readsEveryConfidential) {
      where.andWhere(
        new Brackets((inner) => {
          inner.where(`${alias}.${confidentialColumn} = :notConfidential`, {
            notConfidential: false,
          });
          if (confidential.length) {
            inner.orWhere(`${alias}.taskForceId IN (:...scopeConfidential)`, {
              scopeConfidential: confidential,
            });
          }
        }),
      );
    }
    if (scope.readsEveryTaskForce && (!confidentialColumn || scope.readsEveryConfidential)) {
      where.andWhere('1 = 1');
    }
  });
}
