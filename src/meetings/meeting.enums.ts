import { registerEnumType } from '@nestjs/graphql';

export enum MeetingFormat {
  IN_PERSON = 'IN_PERSON',
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
}

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  REMOTE = 'REMOTE',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

/** Present in the room or remotely: both count towards quorum. */
export const ATTENDED = [AttendanceStatus.PRESENT, AttendanceStatus.REMOTE];

export enum DecisionKind {
  RESOLUTION = 'RESOLUTION',
  RECOMMENDATION = 'RECOMMENDATION',
  PROPOSAL_TO_COMMISSION = 'PROPOSAL_TO_COMMISSION',
  INFORMATION = 'INFORMATION',
}

export enum MinutesStatus {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}

registerEnumType(MeetingFormat, { name: 'MeetingFormat' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'PRESENT and REMOTE count towards quorum; EXCUSED and ABSENT do not.',
});
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  valuesMap: {
    PROPOSAL_TO_COMMISSION: { description: 'A proposal addressed to the national Commission.' },
    INFORMATION: { description: 'Information taken note of; no vote needed.' },
  },
});
registerEnumType(MinutesStatus, { name: 'MinutesStatus' });
