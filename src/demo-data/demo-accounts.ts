import { SystemRole } from '../auth/system-role.enum';
import { MembershipRole } from '../task-forces/task-force.enums';
import { NATIONAL } from '../reference-data/data/institutions.data';

export const DEMO_PASSWORD = 'demo-password';

export interface DemoAccount {
  email: string;
  fullName: string;
  position: string;
  systemRole: SystemRole;
  institution: string;
}

/** The national-level demo accounts; task-force accounts come with the task forces. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@demo.lt',
    fullName: 'Demo Administratorius',
    position: 'Sistemos administratorius',
    systemRole: SystemRole.ADMIN,
    institution: NATIONAL.MOI,
  },
  {
    email: 'chair@commission.demo.lt',
    fullName: 'Demo Komisijos pirmininkas',
    position: 'Vyriausybės kancleris, Koordinavimo komisijos pirmininkas',
    systemRole: SystemRole.COMMISSION,
    institution: NATIONAL.GOVERNMENT_OFFICE,
  },
  {
    email: 'monitor@vrm.demo.lt',
    fullName: 'Demo VRM stebėsenos specialistė',
    position: 'Viešojo saugumo politikos grupės patarėja',
    systemRole: SystemRole.MINISTRY,
    institution: NATIONAL.MOI,
  },
];

export interface TaskForceDemoAccount {
  email: string;
  /** Official code of the municipality whose task force the account belongs to. */
  municipalityCode: string;
  role: MembershipRole;
}

/**
 * Accounts (system role NONE) of people who hold these seats in the demo task forces; their
 * rights come from the memberships alone.
 */
export const TASK_FORCE_DEMO_ACCOUNTS: TaskForceDemoAccount[] = [
  { email: 'secretary.vilnius@demo.lt', municipalityCode: '13', role: MembershipRole.SECRETARY },
  { email: 'chair.vilnius@demo.lt', municipalityCode: '13', role: MembershipRole.CHAIR },
  { email: 'member.vilnius@demo.lt', municipalityCode: '13', role: MembershipRole.MEMBER },
  { email: 'observer.vilnius@demo.lt', municipalityCode: '13', role: MembershipRole.OBSERVER },
  { email: 'secretary.kaunas@demo.lt', municipalityCode: '19', role: MembershipRole.SECRETARY },
  { email: 'member.kaunas@demo.lt', municipalityCode: '19', role: MembershipRole.MEMBER },
];

/** Demo accounts all sit under these domains, which is how a production start spots them. */
export const DEMO_EMAIL_PATTERNS = ['%@demo.lt', '%.demo.lt'];
