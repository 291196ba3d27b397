import { registerEnumType } from '@nestjs/graphql';

export enum AnnualReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

registerEnumType(AnnualReportStatus, {
  name: 'AnnualReportStatus',
  description:
    'DRAFT → SUBMITTED (figures frozen) → ACCEPTED, or RETURNED with a reason, then regenerated and resubmitted.',
});

/** The steps an annual report's history records. */
export enum AnnualReportEventKind {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(AnnualReportEventKind, { name: 'AnnualReportEventKind' });
