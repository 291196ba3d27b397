import { UseGuards } from '@nestjs/common';
import { Args, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { AccountsService } from './accounts.service';
import { Allow, Audience, IgnoreToken } from './allow.decorator';
import { CurrentViewer } from './current-viewer.decorator';
import { AccountsArgs } from './dto/accounts.args';
import { AuthPayload } from './dto/auth-payload.type';
import { ChangePasswordInput } from './dto/change-password.input';
import { CreateAccountInput } from './dto/create-account.input';
import { LoginInput } from './dto/login.input';
import { SetPreferredLanguageInput } from './dto/session.inputs';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { SystemRole } from './system-role.enum';
import type { Viewer } from './viewer';

@ObjectType()
export class AccountConnection extends Connection(Account) {}

@Resolver(() => Account)
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Mutation(() => AuthPayload, {
    description: 'Exchanges an e-mail and password for a session token.',
  })
  @Allow(Audience.PUBLIC)
  @IgnoreToken()
  @UseGuards(LoginRateLimitGuard)
  login(@Args('input') input: LoginInput) {
    return this.accountsService.login(input);
  }

  @Mutation(() => AuthPayload, {
    description: 'Changes your password; every other session of the account ends.',
  })
  @Allow(Audience.AUTHENTICATED)
  changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput) {
    return this.accountsService.changePassword(viewer, input);
  }

  @Query(() => Account, { description: 'The logged-in account, its person and system role.' })
  @Allow(Audience.AUTHENTICATED)
  me(@CurrentViewer() viewer: Viewer) {
    return this.accountsService.me(viewer);
  }

  @Mutation(() => Account, {
    description: 'Chooses the language of your documents and calendar feeds (none: the browser’s).',
  })
  @Allow(Audience.AUTHENTICATED)
  setPreferredLanguage(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetPreferredLanguageInput,
  ) {
    return this.accountsService.setPreferredLanguage(viewer, input.language);
  }

  @Query(() => AccountConnection)
  @Allow(SystemRole.ADMIN)
  accounts(@Args() args: AccountsArgs) {
    return this.accountsService.accounts(args);
  }

  @Mutation(() => Account)
  @Allow(SystemRole.ADMIN)
  createAccount(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAccountInput) {
    return this.accountsService.createAccount(viewer, input);
  }

  @ResolveField(() => Person)
  async person(account: Account, _args: NoArgs, ctx: GraphQLContext): Promise<Person> {
    return (await ctx.loaders.byId(Person, account.personId))!;
  }
}
