import { SystemRole } from '../../auth/system-role.enum';
import { CHAIR_POSITION, SECRETARY_POSITION } from '../../demo-data/demo-people';
import { InstitutionType as T } from '../../institutions/institution-type.enum';
import { NATIONAL } from '../../reference-data/data/institutions.data';
import { MembershipRole as R } from '../../task-forces/task-force.enums';

/** A place at a task force's table, filled by successive holders over the years. */
export interface Seat {
  role: R;
  type: T;
  position?: [string, string];
  /** A fixed body (national NGOs and the IOM sit as observers). */
  institutionName?: string;
}

/** Seats every task force has: the municipality leads, police deputises, the rest serve. */
export const CORE_SEATS: Seat[] = [
  { role: R.CHAIR, type: T.MUNICIPAL_ADMINISTRATION, position: CHAIR_POSITION },
  { role: R.DEPUTY_CHAIR, type: T.POLICE },
  { role: R.SECRETARY, type: T.MUNICIPAL_ADMINISTRATION, position: SECRETARY_POSITION },
  { role: R.MEMBER, type: T.SOCIAL_SERVICES },
  { role: R.MEMBER, type: T.CHILD_RIGHTS_PROTECTION },
  { role: R.MEMBER, type: T.EDUCATION },
  { role: R.MEMBER, type: T.EMPLOYMENT_SERVICE },
];

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
