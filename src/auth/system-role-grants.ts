import { SystemRole } from './system-role.enum';

/**
 * National roles that read every task force or manage accounts. One administrator alone never
 * gives them: a second administrator confirms (the two-person rule).
 */
export const PRIVILEGED_ROLES: readonly SystemRole[] = [
  SystemRole.ADMIN,
  SystemRole.MINISTRY,
  SystemRole.COMMISSION,
];

export const needsSecondAdministrator = (role: SystemRole) => PRIVILEGED_ROLES.includes(role);

/** The columns an account starts with when `role` is asked for by `requestedById`. */
export function roleRequest(role: SystemRole, requestedById: string) {
  return needsSecondAdministrator(role)
    ? {
        systemRole: SystemRole.NONE,
        pendingSystemRole: role,
        pendingRoleRequestedById: requestedById,
      }
    : { systemRole: role, pendingSystemRole: null, pendingRoleRequestedById: null };
}
