import { registerEnumType } from '@nestjs/graphql';

/** National-level roles. Task-force rights never come from here: they come from memberships. */
export enum SystemRole {
  ADMIN = 'ADMIN',
  MINISTRY = 'MINISTRY',
  COMMISSION = 'COMMISSION',
  NONE = 'NONE',
}

registerEnumType(SystemRole, {
  name: 'SystemRole',
  description:
    'ADMIN manages accounts and reference data; MINISTRY (Ministry of the Interior monitor) and COMMISSION read every task force; NONE takes its rights from task-force memberships only.',
});
