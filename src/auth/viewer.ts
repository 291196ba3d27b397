import { SystemRole } from './system-role.enum';

/** Who is calling, resolved once per request from the token and the live account row. */
export interface Viewer {
  accountId: string;
  personId: string;
  email: string;
  systemRole: SystemRole;
}
