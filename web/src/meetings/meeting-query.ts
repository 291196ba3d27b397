import { useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../api/client';
import { graphql, ResultOf } from '../api/graphql';

export const MEETING = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      number
      title
      status
      startsAt
      endsAt
      format
      location
      confidential
      cancellationReason
      minutesStatus
      version
      viewerOperations
      taskForce {
        id
        name
        viewerRights
        municipality {
          id
          name
        }
      }
      quorum {
        required
        attending
        reached
        votingMembers
      }
      agenda {
        id
        position
        title
        presenter
        discussionSummary
        version
        measures {
          id
          code
          title
        }
      }
      attendance {
        id
        personId
        status
      }
      guests {
        id
        fullName
        institution
      }
      decisions {
        id
        number
        kind
        text
        outcome
        agendaItemId
        amends {
          id
          number
        }
        amendedBy {
          id
          number
        }
        votes {
          for
          against
          abstained
        }
        measures {
          id
          code
          title
        }
      }
      minutes {
        id
        status
        text
        version
        approvedAt
        approvedBy {
          id
          fullName
        }
      }
    }
  }
`);

export type MeetingPage = ResultOf<typeof MEETING>['meeting'];

export function useMeeting(id: string) {
  return useQuery({ queryKey: ['meeting', id], queryFn: () => request(MEETING, { id }) });
}

/** After a change: the meeting afresh, and the lists it appears in. */
export function useMeetingRefresh(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['meeting', id] });
    await queryClient.invalidateQueries({ queryKey: ['meetings'] });
  };
}

/** Whether the viewer may perform `operation` on the meeting now (the server's own checks). */
export function allows(meeting: MeetingPage, operation: string): boolean {
  return meeting.viewerOperations.includes(operation);
}
