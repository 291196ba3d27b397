import { EntityManager } from 'typeorm';
import { failedPrecondition, notFound } from '../common/errors/domain-error';
import { TaskForceStatus } from './task-force.enums';
import { TaskForce } from './task-force.entity';

/**
 * A dissolved task force keeps its records readable and takes no new ones: every operation
 * that adds a record to a task force checks here first.
 */
export async function requireActiveTaskForce(
  manager: EntityManager,
  taskForceId: string,
): Promise<TaskForce> {
  const taskForce = await manager.findOneBy(TaskForce, { id: taskForceId });
  if (!taskForce) throw notFound('TaskForce', taskForceId);
  if (taskForce.status !== TaskForceStatus.ACTIVE) {
    throw failedPrecondition(
      'TASK_FORCE_DISSOLVED',
      `${taskForce.name} was dissolved on ${taskForce.dissolvedOn}; it takes no new records.`,
    );
  }
  return taskForce;
}
