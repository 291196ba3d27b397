import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Audience, IgnoreToken } from './allow.decorator';
import { CurrentViewer } from './current-viewer.decorator';
import { AuthPayload } from './dto/auth-payload.type';
import { RenewSessionInput } from './dto/session.inputs';
import { SessionsService } from './sessions.service';
import type { Viewer } from './viewer';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Mutation(() => AuthPayload, {
    description:
      'Renews the session before its token expires: a new token and a new refresh token (the old one stops working; used again, it ends the session). Refused once the session has ended: logout, password change, disabled account, idle or session limit.',
  })
  @Allow(Audience.PUBLIC)
  @IgnoreToken()
  renewSession(@Args('input') input: RenewSessionInput) {
    return this.sessions.renew(input.refreshToken);
  }

  @Mutation(() => Boolean, {
    description:
      'Ends this session: its token and refresh token stop working at once. Answers true.',
  })
  @Allow(Audience.AUTHENTICATED)
  logout(@CurrentViewer() viewer: Viewer) {
    return this.sessions.logout(viewer);
  }
}
