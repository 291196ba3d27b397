/**
 * The authorization matrix's cases for the password links: an administrator sends one, and
 * whoever holds one chooses the password (each allowed call with a link of its own).
 */
import { AuthorizationWorld } from './authorization-fixtures';
import { MutationKey } from './authorization-matrix';
import { mutationDocument } from './graphql-helpers';
import { Case, CaseTools } from './matrix-case';

type AccountKey = Extract<MutationKey, 'issuePasswordReset' | 'setPasswordWithToken'>;

export function accountCases(
  a: AuthorizationWorld,
  { target }: CaseTools,
): Record<AccountKey, Case> {
  return {
    issuePasswordReset: {
      document: mutationDocument('issuePasswordReset', 'IssuePasswordResetInput'),
      variables: async (_caller, fresh) => {
        const { id } = await target('reset', fresh, () => a.make.account());
        return { input: { accountId: id } };
      },
    },
    setPasswordWithToken: {
      document: mutationDocument('setPasswordWithToken', 'SetPasswordWithTokenInput', 'token'),
      variables: async (_caller, fresh) => ({
        input: {
          token: await target('set-password', fresh, () => a.make.passwordToken()),
          newPassword: 'geltonas-dangus-2026',
        },
      }),
    },
  };
}
