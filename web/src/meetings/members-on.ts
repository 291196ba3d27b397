import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { graphql, ResultOf } from '../api/graphql';

const MEMBERS_ON = graphql(`
  query MembersOnDate($taskForceId: ID!, $on: LocalDate!) {
    taskForce(id: $taskForceId) {
      id
      members(on: $on) {
        id
        role
        person {
          id
          fullName
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

export type MemberOnDate = ResultOf<typeof MEMBERS_ON>['taskForce']['members'][number];

/** The task force's members on a date (a meeting's, or today for new assignments). */
export function useMembersOn(taskForceId: string | undefined, on: string, enabled = true) {
  return useQuery({
    queryKey: ['membersOn', taskForceId, on],
    queryFn: () => request(MEMBERS_ON, { taskForceId: taskForceId!, on }),
    enabled: enabled && Boolean(taskForceId),
    select: (data) => data.taskForce.members,
  });
}
