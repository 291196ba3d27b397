import { AuditEvent } from '../audit/audit-event.entity';
import { Account } from '../auth/account.entity';
import { Institution } from '../institutions/institution.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { NationalPlan } from '../national-plans/national-plan.entity';
import { PlanGoal } from '../national-plans/plan-goal.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { PlanObjective } from '../national-plans/plan-objective.entity';
import { Person } from '../people/person.entity';

/** Every entity, listed once for the app, the migration CLI and the scripts. */
export const ENTITIES = [
  Municipality,
  Institution,
  Person,
  Account,
  NationalPlan,
  PlanGoal,
  PlanObjective,
  PlanMeasure,
  PlanIndicator,
  AuditEvent,
];
