import { ActionItemStatus } from '../../action-items/action-item.enums';
import { AnnualReportStatus } from '../../annual-reports/annual-report.enums';
import { FollowUpStatus } from '../../follow-ups/follow-up.enums';
import { DecisionKind } from '../../meetings/meeting.enums';
import {
  PreventionActivityKind,
  TargetGroup,
} from '../../prevention-activities/prevention-activity.enums';
import { Language } from './language';

type Words<E extends string> = Record<Language, Record<E, string>>;

/**
 * The users' words for the programme's codes, in both languages. Documents print these, never
 * the codes; a `Record` over each enum makes a new value without words fail to compile.
 */
export const ENUM_LABELS = {
  decisionKind: {
    lt: {
      RESOLUTION: 'Nutarimas',
      RECOMMENDATION: 'Rekomendacija',
      PROPOSAL_TO_COMMISSION: 'Siūlymas Komisijai',
      INFORMATION: 'Informacija (susipažinta)',
    },
    en: {
      RESOLUTION: 'Resolution',
      RECOMMENDATION: 'Recommendation',
      PROPOSAL_TO_COMMISSION: 'Proposal to the Commission',
      INFORMATION: 'Information noted',
    },
  } satisfies Words<DecisionKind>,
  actionItemStatus: {
    lt: { OPEN: 'Nepradėta', IN_PROGRESS: 'Vykdoma', DONE: 'Įvykdyta', CANCELLED: 'Atšaukta' },
    en: { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done', CANCELLED: 'Cancelled' },
  } satisfies Words<ActionItemStatus>,
  activityKind: {
    lt: {
      INFORMATION_CAMPAIGN: 'Informacinė kampanija',
      LECTURE_FOR_RISK_GROUP: 'Paskaita rizikos grupei',
      TRAINING_FOR_SPECIALISTS: 'Mokymai specialistams',
      ROUND_TABLE: 'Apskritojo stalo diskusija',
      MASS_MEDIA_PUBLICATION: 'Publikacija žiniasklaidoje',
      NGO_SUPPORT: 'Parama nevyriausybinei organizacijai',
      COMMUNITY_EVENT: 'Bendruomenės renginys',
      OTHER: 'Kita',
    },
    en: {
      INFORMATION_CAMPAIGN: 'Information campaign',
      LECTURE_FOR_RISK_GROUP: 'Lecture for a risk group',
      TRAINING_FOR_SPECIALISTS: 'Training for specialists',
      ROUND_TABLE: 'Round table',
      MASS_MEDIA_PUBLICATION: 'Mass media publication',
      NGO_SUPPORT: 'Support to a non-governmental organisation',
      COMMUNITY_EVENT: 'Community event',
      OTHER: 'Other',
    },
  } satisfies Words<PreventionActivityKind>,
  targetGroup: {
    lt: {
      SCHOOLS: 'Mokyklos',
      CARE_HOMES: 'Vaikų globos namai',
      RISK_GROUP_FAMILIES: 'Socialinės rizikos šeimos',
      PEOPLE_WITH_DISABILITIES: 'Asmenys su negalia',
      RURAL_AREAS: 'Miesteliai ir kaimo vietovės',
      SPECIALISTS: 'Specialistai',
      GENERAL_PUBLIC: 'Visuomenė',
      OTHER: 'Kita',
    },
    en: {
      SCHOOLS: 'Schools',
      CARE_HOMES: 'Orphanages and care homes',
      RISK_GROUP_FAMILIES: 'Families at social risk',
      PEOPLE_WITH_DISABILITIES: 'People with disabilities',
      RURAL_AREAS: 'Small towns and rural areas',
      SPECIALISTS: 'Specialists',
      GENERAL_PUBLIC: 'General public',
      OTHER: 'Other',
    },
  } satisfies Words<TargetGroup>,
  followUpStatus: {
    lt: { OPEN: 'Laukia atsakymo', ANSWERED: 'Atsakyta', CLOSED: 'Užbaigta' },
    en: { OPEN: 'Awaiting an answer', ANSWERED: 'Answered', CLOSED: 'Closed' },
  } satisfies Words<FollowUpStatus>,
  reportStatus: {
    lt: { DRAFT: 'Projektas', SUBMITTED: 'Pateikta', ACCEPTED: 'Priimta', RETURNED: 'Grąžinta' },
    en: { DRAFT: 'Draft', SUBMITTED: 'Submitted', ACCEPTED: 'Accepted', RETURNED: 'Returned' },
  } satisfies Words<AnnualReportStatus>,
};

export type LabelledEnum = keyof typeof ENUM_LABELS;

/** The word for a code; a code from an older record without words shows as it is. */
export function labelOf(language: Language, kind: LabelledEnum, code: string): string {
  return (ENUM_LABELS[kind][language] as Record<string, string>)[code] ?? code;
}
