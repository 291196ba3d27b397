import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Account } from './account.entity';
import { SessionsService } from './sessions.service';
import { Allow, Audience, IgnoreToken } from './allow.decorator';
import { CurrentViewer } from './current-viewer.decorator';
import { AuthPayload } from './dto/auth-payload.type';
import { IssuePasswordResetInput, SetPasswordWithTokenInput } from './dto/password-token.inputs';
import { PasswordTokensService } from './password-tokens.service';
import { SystemRole } from './system-role.enum';
import type { Viewer } from './viewer';

@Resolver()
export class PasswordTokensResolver {
  constructor(
    private readonly tokens: PasswordTokensService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => Account, {
    description:
      'Mails the account a one-time link (valid 24 hours) to choose a new password; an earlier link stops working. The administrator never sees the link or the password.',
  })
  @Allow(SystemRole.ADMIN)
  issuePasswordReset(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: IssuePasswordResetInput,
  ) {
    return this.tokens.issuePasswordReset(viewer, input);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Chooses a password with the token of a mailed link (a reset or an invitation), once; the account's other sessions end and this answer starts a new one.",
  })
  @Allow(Audience.PUBLIC)
  @IgnoreToken()
  async setPasswordWithToken(
    @Args('input') input: SetPasswordWithTokenInput,
    @Context() ctx: GraphQLContext,
  ) {
    const account = await this.tokens.setPasswordWithToken(input, ctx.req.ip ?? 'unknown');
    return this.sessions.start(account, 'setPasswordWithToken');
  }
}
