import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { vilniusToday } from '../i18n/format';
import { useSession } from './session-context';
import { currentMemberships, isNational } from './viewer';

const TASK_FORCES = graphql(`
  query TaskForceChoice {
    taskForces(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The task forces the viewer works with: their own, or every one for the national roles. */
export function useTaskForceChoice(): { id: string; name: string }[] {
  const { viewer } = useSession();
  const national = viewer ? isNational(viewer) : false;
  const all = useQuery({
    queryKey: ['taskForceChoice'],
    queryFn: () => request(TASK_FORCES),
    enabled: national,
  });
  if (!viewer) return [];
  if (national) return all.data?.taskForces.edges.map((e) => e.node) ?? [];
  const seen = new Map<string, { id: string; name: string }>();
  for (const m of currentMemberships(viewer, vilniusToday())) seen.set(m.taskForce.id, m.taskForce);
  return [...seen.values()];
}
