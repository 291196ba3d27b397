import { registerEnumType } from '@nestjs/graphql';

export enum FollowUpStatus {
  /** Waiting for the task force's answer. */
  OPEN = 'OPEN',
  /** Answered; the asker closes it or asks again. */
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

export enum FollowUpSubject {
  TASK_FORCE = 'TASK_FORCE',
  ACTION_ITEM = 'ACTION_ITEM',
  MEETING = 'MEETING',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
}

export enum FollowUpMessageKind {
  QUESTION = 'QUESTION',
  ANSWER = 'ANSWER',
}

registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'OPEN awaits the task force; ANSWERED awaits the asker; CLOSED is settled.',
});
registerEnumType(FollowUpSubject, { name: 'FollowUpSubject' });
registerEnumType(FollowUpMessageKind, { name: 'FollowUpMessageKind' });
