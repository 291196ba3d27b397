import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { AddMemberInput } from './dto/add-member.input';
import { ChangeMembershipRoleInput } from './dto/change-membership-role.input';
import { EndMembershipInput } from './dto/end-membership.input';
import { Membership } from './membership.entity';
import { RosterService } from './roster.service';

/** Seating, unseating and moving members; the rights are `keepRoster` and `assignChair`. */
@Resolver(() => Membership)
export class RosterResolver {
  constructor(private readonly roster: RosterService) {}

  @Mutation(() => Membership, {
    description:
      'Seats a person on a task force (administrators, or its chair, deputy, secretary).',
  })
  @Allow(Audience.AUTHENTICATED)
  addMember(@CurrentViewer() viewer: Viewer, @Args('input') input: AddMemberInput) {
    return this.roster.addMember(viewer, input);
  }

  @Mutation(() => Membership, { description: 'Ends a membership; its history is kept.' })
  @Allow(Audience.AUTHENTICATED)
  endMembership(@CurrentViewer() viewer: Viewer, @Args('input') input: EndMembershipInput) {
    return this.roster.endMembership(viewer, input);
  }

  @Mutation(() => Membership, {
    description:
      "Moves a member to another role from a date: the current membership ends the day before and a new one begins (the chair's seats: the chair or an administrator).",
  })
  @Allow(Audience.AUTHENTICATED)
  changeMembershipRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeMembershipRoleInput,
  ) {
    return this.roster.changeMembershipRole(viewer, input);
  }
}
