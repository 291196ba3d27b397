import { SystemRole } from '../../auth/system-role.enum';
import { InstitutionType as T } from '../../institutions/institution-type.enum';
import { NATIONAL } from '../../reference-data/data/institutions.data';
import { CORE_SEATS, Seat } from '../../demo-data/demo-task-forces';
import { MembershipRole as R } from '../../task-forces/task-force.enums';

/** The seats every task force has come from the demo data; their holders change over the years. */
export { CORE_SEATS };
export type { Seat };

/** Index in CORE_SEATS of the social-services member seat (the busy member's in Vilnius). */
export const SOCIAL_SERVICES_SEAT = 3;

/** Further voting seats, in the order a larger task force fills them. */
export const EXTRA_TYPES = [
  T.HEALTH,
  T.PROSECUTION,
  T.POLICE,
  T.NGO,
  T.SOCIAL_SERVICES,
  T.LABOUR_INSPECTORATE,
  T.CHILD_RIGHTS_PROTECTION,
  T.EDUCATION,
  T.MIGRATION,
  T.MUNICIPAL_ADMINISTRATION,
  T.BORDER_GUARD,
  T.SOCIAL_SERVICES,
];

/** Observers: national NGOs and the IOM sit in on many task forces. */
export const OBSERVERS: Seat[] = [
  { role: R.OBSERVER, type: T.NGO, institutionName: NATIONAL.ANTI_TRAFFICKING_CENTRE },
  { role: R.OBSERVER, type: T.INTERNATIONAL_ORGANISATION, institutionName: NATIONAL.IOM },
  { role: R.OBSERVER, type: T.NGO, institutionName: NATIONAL.CARITAS },
];

export const NAME_PATTERNS = [
  (of: string) => `${of} prekybos žmonėmis prevencijos darbo grupė`,
  (of: string) => `${of} prekybos žmonėmis prevencijos ir kontrolės darbo grupė`,
  (of: string) => `${of} tarpinstitucinė kovos su prekyba žmonėmis darbo grupė`,
];

export interface NationalAccount {
  email: string;
  fullName: string;
  position: string;
  systemRole: SystemRole;
  institution: string;
}

/** The national accounts: the administrator, the Commission's chair, the Ministry's monitor. */
export const NATIONAL_ACCOUNTS: NationalAccount[] = [
  {
    email: 'admin@scale.demo.lt',
    fullName: 'Skalės Administratorius',
    position: 'Sistemos administratorius',
    systemRole: SystemRole.ADMIN,
    institution: NATIONAL.MOI,
  },
  {
    email: 'chair@commission.scale.demo.lt',
    fullName: 'Skalės Komisijos pirmininkas',
    position: 'Vyriausybės kancleris, Koordinavimo komisijos pirmininkas',
    systemRole: SystemRole.COMMISSION,
    institution: NATIONAL.GOVERNMENT_OFFICE,
  },
  {
    email: 'monitor@vrm.scale.demo.lt',
    fullName: 'Skalės VRM stebėsenos specialistė',
    position: 'Viešojo saugumo politikos grupės patarėja',
    systemRole: SystemRole.MINISTRY,
    institution: NATIONAL.MOI,
  },
];
