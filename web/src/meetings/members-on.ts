import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { graphql } from '../api/graphql';

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

const BY_NAME = new Intl.Collator('lt');

/** Alphabetical by full name as Lithuanian sorts (Č after C, Š after S, Ž last). */
export const byFullName = (
  a: { person: { fullName: string } },
  b: { person: { fullName: string } },
) => BY_NAME.compare(a.person.fullName, b.person.fullName);

/** The task force's members on a date (a meeting's, or today for new assignments). */
export function useMembersOn(taskForceId: string | undefined, on: string, enabled = true) {
  return useQuery({
    queryKey: ['membersOn', taskForceId, on],
    queryFn: () => request(MEMBERS_ON, { taskForceId: taskForceId!, on }),
    enabled: enabled && Boolean(taskForceId),
    select: (data) => [...data.taskForce.members].sort(byFullName),
  });
}
