import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, conflict, failedPrecondition, notFound } from '../common/errors/domain-error';
import { definedChanges } from '../common/dto/defined-changes';
import { paginate } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { TransactionService } from '../database/transaction.service';
import { Municipality } from '../municipalities/municipality.entity';
import { CreateTaskForceInput } from './dto/create-task-force.input';
import { TaskForcesArgs } from './dto/task-forces.args';
import { TaskForceAccessService } from './task-force-access.service';
import { DissolveTaskForceInput, UpdateTaskForceInput } from './dto/update-task-force.input';
import { TaskForceStatus } from './task-force.enums';
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
        throw badInput([
          { field: 'municipalityId', rule: 'UNKNOWN_ID', message: 'does not name a municipality' },
        ]);
      }
      const name = input.name.trim();
      if (await manager.existsBy(TaskForce, { name })) {
        throw badInput([
          { field: 'name', rule: 'ALREADY_USED', message: 'is already used by another task force' },
        ]);
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
          throw badInput([
            {
              field: 'name',
              rule: 'ALREADY_USED',
              message: 'is already used by another task force',
            },
          ]);
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
        throw failedPrecondition('TASK_FORCE_DISSOLVED', `${taskForce.name} is already dissolved.`);
      }
      const dissolvedOn = input.dissolvedOn ?? this.clock.today();
      if (dissolvedOn < taskForce.establishedOn) {
        throw badInput([
          {
            field: 'dissolvedOn',
            rule: 'DATE_ORDER',
            message: 'is before the task force was set up',
          },
        ]);
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
      if (taskForce.version !== version) throw conflict('the task force');
      const before = { ...taskForce };
      await apply(taskForce, manager);
      const saved = await manager.save(taskForce);
      await audit({ operation, entityType: 'TaskForce', entityId: id, before, after: saved });
      return saved;
    });
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
