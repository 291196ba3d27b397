import { graphql, ResultOf } from '../api/graphql';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Account {
    id
    email
    systemRole
    preferredLanguage
    person {
      id
      fullName
      memberships {
        id
        role
        validFrom
        validTo
        taskForce {
          id
          name
        }
      }
    }
  }
`);

export type Viewer = ResultOf<typeof VIEWER_FIELDS>;
type Membership = Viewer['person']['memberships'][number];

const NATIONAL_ROLES = ['ADMIN', 'COMMISSION', 'MINISTRY'];

/** The Commission, the Ministry and administrators review every task force. */
export function isNational(viewer: Viewer): boolean {
  return NATIONAL_ROLES.includes(viewer.systemRole);
}

/** Memberships in force on a date (`YYYY-MM-DD`, Vilnius). */
export function currentMemberships(viewer: Viewer, today: string): Membership[] {
  return viewer.person.memberships.filter(
    (m) => m.validFrom <= today && (m.validTo === null || m.validTo >= today),
  );
}
