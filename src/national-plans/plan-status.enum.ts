import { registerEnumType } from '@nestjs/graphql';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'ACTIVE plans are the ones new action items may be linked to.',
});
