import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { SystemRole } from '../auth/system-role.enum';
import { Viewer } from '../auth/viewer';
import { forbidden, notFound, unauthenticated } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { Membership } from './membership.entity';
import { validOnWhere } from './membership-validity';
import { MembershipRole } from './task-force.enums';
import { holds, RightTarget, TASK_FORCE_RIGHTS, TaskForceRight } from './task-force-rights';

/** What one caller may do, worked out once per request from their current memberships. */
export interface TaskForceScope {
  systemRole: SystemRole;
  personId: string;
  /** Role in each task force the caller currently belongs to. */
  roles: Map<string, MembershipRole>;
  /** Commission, Ministry and administrators read every task force. */
  readsEveryTaskForce: boolean;
  /** Commission and Ministry also read confidential records; administrators do not. */
  readsEveryConfidential: boolean;
}

/** The scope of someone with these current memberships (valid today in Vilnius). */
export function scopeFrom(
  viewer: Pick<Viewer, 'personId' | 'systemRole'>,
  memberships: Pick<Membership, 'taskForceId' | 'role'>[],
): TaskForceScope {
  const { read, readConfidential } = TASK_FORCE_RIGHTS;
  return {
    systemRole: viewer.systemRole,
    personId: viewer.personId,
    roles: new Map(memberships.map((m) => [m.taskForceId, m.role])),
    readsEveryTaskForce: (read.national as readonly SystemRole[]).includes(viewer.systemRole),
    readsEveryConfidential: (readConfidential.national as readonly SystemRole[]).includes(
      viewer.systemRole,
    ),
  };
}

/** Names the record in a NOT_FOUND when a right hides it. */
export interface RecordName {
  type: string;
  id: string;
}

/** Whether a scope holds a right over a target: `holds` with the caller's role filled in. */
export function can(scope: TaskForceScope, right: TaskForceRight, target: RightTarget): boolean {
  const role = target.taskForceId ? scope.roles.get(target.taskForceId) : undefined;
  const holder = { systemRole: scope.systemRole, personId: scope.personId, role };
  if (target.confidential && !holds('readConfidential', holder, target)) return false;
  return holds(right, holder, target);
}

export const canRead = (scope: TaskForceScope, taskForceId: string) =>
  can(scope, 'read', { taskForceId });

/** Whether the caller may see one record of a task force, given its confidential flag. */
export const canSee = (scope: TaskForceScope, taskForceId: string, confidential: boolean) =>
  can(scope, 'read', { taskForceId, confidential });

/**
 * The one place task-force rights are checked, against the table in `task-force-rights.ts`.
 * Rights come from current memberships (valid today in Vilnius), never from the account.
 */
@Injectable()
export class TaskForceAccessService {
  private readonly scopes = new WeakMap<Viewer, Promise<TaskForceScope>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The caller's rights; without a caller there are none (refused before any promise starts). */
  scopeOf(viewer: Viewer | null): Promise<TaskForceScope> {
    if (!viewer) throw unauthenticated();
    let scope = this.scopes.get(viewer);
    if (!scope) {
      scope = this.loadScope(viewer);
      this.scopes.set(viewer, scope);
    }
    return scope;
  }

  /** After a roster change the caller's rights are read afresh, even within one request. */
  forget(viewer: Viewer): void {
    this.scopes.delete(viewer);
  }

  /**
   * Refuses unless the caller holds `right` over `target`. A confidential record the caller
   * may not read answers NOT_FOUND (named by `record`), so its existence does not leak.
   */
  async require(
    viewer: Viewer,
    right: TaskForceRight,
    target: RightTarget,
    record?: RecordName,
  ): Promise<TaskForceScope> {
    const scope = await this.scopeOf(viewer);
    if (target.confidential && !can(scope, 'readConfidential', target)) {
      throw notFound(record?.type ?? 'Record', record?.id ?? '');
    }
    if (!can(scope, right, target)) {
      throw forbidden(`Only ${TASK_FORCE_RIGHTS[right].who} may do this.`);
    }
    return scope;
  }

  async can(viewer: Viewer, right: TaskForceRight, target: RightTarget): Promise<boolean> {
    return can(await this.scopeOf(viewer), right, target);
  }

  /** A person's rights from their memberships alone (e.g. for their calendar feed). */
  membershipScope(personId: string): Promise<TaskForceScope> {
    return this.loadScope({ personId, systemRole: SystemRole.NONE });
  }

  private async loadScope(
    viewer: Pick<Viewer, 'personId' | 'systemRole'>,
  ): Promise<TaskForceScope> {
    const today = this.clock.today();
    const memberships = await this.dataSource.getRepository(Membership).find({
      where: validOnWhere(today, { personId: viewer.personId }),
    });
    return scopeFrom(viewer, memberships);
  }
}

/**
 * The `read` and `readConfidential` rights as a SQL condition for list queries over records
 * that carry `taskForceId` and, when given, a confidential flag (a column or an expression).
 */
export function visibleRecords(
  scope: TaskForceScope,
  alias: string,
  confidentialColumn?: string,
): Brackets {
  const all = [...scope.roles.keys()].filter((id) => canRead(scope, id));
  const confidential = all.filter((id) => can(scope, 'readConfidential', { taskForceId: id }));
  const flag = confidentialColumn?.includes(' ')
    ? confidentialColumn
    : `${alias}.${confidentialColumn}`;
  return new Brackets((where) => {
    if (!scope.readsEveryTaskForce) {
      where.andWhere(all.length ? `${alias}.taskForceId IN (:...scopeAll)` : '1 = 0', {
        scopeAll: all,
      });
    }
    if (confidentialColumn && !scope.readsEveryConfidential) {
      where.andWhere(
        new Brackets((inner) => {
          inner.where(`${flag} = :notConfidential`, { notConfidential: false });
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
