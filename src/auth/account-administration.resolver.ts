import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Account } from './account.entity';
import { Allow } from './allow.decorator';
import { CurrentViewer } from './current-viewer.decorator';
import {
  ChangeAccountEmailInput,
  ConfirmSystemRoleInput,
  GrantSystemRoleInput,
} from './dto/account-administration.inputs';
import { SystemRole } from './system-role.enum';
import { SetAccountActiveInput } from './dto/set-account-active.input';
import { AccountAdministrationService } from './account-administration.service';
import type { Viewer } from './viewer';

@Resolver(() => Account)
@Allow(SystemRole.ADMIN)
export class AccountAdministrationResolver {
  constructor(private readonly administration: AccountAdministrationService) {}

  @Mutation(() => Account, {
    description:
      "Changes an account's national role: NONE at once; ADMIN, MINISTRY or COMMISSION wait as `pendingSystemRole` until a second administrator confirms.",
  })
  grantSystemRole(@CurrentViewer() viewer: Viewer, @Args('input') input: GrantSystemRoleInput) {
    return this.administration.grantSystemRole(viewer, input);
  }

  @Mutation(() => Account, { description: 'Disables or re-enables an account.' })
  setAccountActive(@CurrentViewer() viewer: Viewer, @Args('input') input: SetAccountActiveInput) {
    return this.administration.setAccountActive(viewer, input);
  }

  @Mutation(() => Account, { description: "Changes a login and the person's e-mail with it." })
  changeAccountEmail(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeAccountEmailInput,
  ) {
    return this.administration.changeAccountEmail(viewer, input);
  }

  @Mutation(() => Account, {
    description:
      'A second administrator (not the one who asked, nor the account itself) confirms a waiting national role.',
  })
  confirmSystemRole(@CurrentViewer() viewer: Viewer, @Args('input') input: ConfirmSystemRoleInput) {
    return this.administration.confirmSystemRole(viewer, input);
  }
}
