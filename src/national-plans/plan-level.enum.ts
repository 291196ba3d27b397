import { registerEnumType } from '@nestjs/graphql';

export enum PlanLevel {
  GOAL = 'GOAL',
  OBJECTIVE = 'OBJECTIVE',
  MEASURE = 'MEASURE',
  INDICATOR = 'INDICATOR',
}

registerEnumType(PlanLevel, {
  name: 'PlanLevel',
  description: 'A level of the plan tree: goal → objective → measure → indicator.',
});
