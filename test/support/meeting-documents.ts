/** GraphQL documents shared by the meeting specs. */

export const MEETING_FIELDS = /* GraphQL */ `
  fragment MeetingFields on Meeting {
    id
    version
    number
    year
    sequence
    title
    status
    startsAt
    endsAt
    startsAtLocal
    endsAtLocal
    location
    format
    confidential
    cancellationReason
    minutesStatus
    taskForce {
      id
    }
    agenda {
      id
      version
      position
      title
      presenter
      discussionSummary
      measures {
        id
        code
      }
    }
    attendance {
      status
      person {
        id
      }
    }
    guests {
      fullName
      institution
    }
    quorum {
      rule
      votingMembers
      attending
      required
      reached
    }
    decisions {
      id
      version
      number
      kind
      text
      votes {
        for
        against
        abstained
      }
      measures {
        id
      }
      amends {
        id
        number
      }
      amendedBy {
        id
        number
      }
    }
    minutes {
      id
      version
      text
      status
      approvedAt
      approvedBy {
        id
        fullName
      }
    }
  }
`;

export const SCHEDULE_MEETING = /* GraphQL */ `
  ${MEETING_FIELDS}
  mutation Schedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingFields
    }
  }
`;

export const UPDATE_MEETING = /* GraphQL */ `
  ${MEETING_FIELDS}
  mutation Update($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingFields
    }
  }
`;

export const CANCEL_MEETING = /* GraphQL */ `
  mutation Cancel($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
      version
      status
      cancellationReason
    }
  }
`;

export const MARK_HELD = /* GraphQL */ `
  mutation Held($input: MarkMeetingHeldInput!) {
    markMeetingHeld(input: $input) {
      id
      version
      number
      status
    }
  }
`;

export const MEETING = /* GraphQL */ `
  ${MEETING_FIELDS}
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`;

export const MEETINGS = /* GraphQL */ `
  query Meetings(
    $taskForceId: ID
    $status: MeetingStatus
    $from: LocalDate
    $to: LocalDate
    $order: MeetingOrder
    $first: Int
    $after: String
  ) {
    meetings(
      taskForceId: $taskForceId
      status: $status
      from: $from
      to: $to
      order: $order
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          confidential
          startsAt
        }
      }
    }
  }
`;

export const ADD_AGENDA_ITEM = /* GraphQL */ `
  mutation Add($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      version
      position
      title
      measures {
        id
      }
    }
  }
`;

export const UPDATE_AGENDA_ITEM = /* GraphQL */ `
  mutation UpdateItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      id
      version
      title
      discussionSummary
      measures {
        id
      }
    }
  }
`;

export const REMOVE_AGENDA_ITEM = /* GraphQL */ `
  mutation Remove($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      agenda {
        id
        position
      }
    }
  }
`;

export const REORDER_AGENDA = /* GraphQL */ `
  mutation Reorder($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      agenda {
        id
        position
        title
      }
    }
  }
`;

export const RECORD_ATTENDANCE = /* GraphQL */ `
  mutation Attendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      attendance {
        status
        person {
          id
        }
      }
      guests {
        fullName
        institution
      }
      quorum {
        votingMembers
        attending
        required
        reached
      }
    }
  }
`;

export const RECORD_DECISION = /* GraphQL */ `
  mutation Decide($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      version
      number
      kind
      text
      votes {
        for
        against
        abstained
      }
      measures {
        id
      }
      amends {
        id
        number
      }
    }
  }
`;

export const UPDATE_DECISION = /* GraphQL */ `
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      id
      version
      text
    }
  }
`;

export const SAVE_MINUTES = /* GraphQL */ `
  mutation Save($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      id
      version
      text
      status
    }
  }
`;

export const APPROVE_MINUTES = /* GraphQL */ `
  mutation Approve($input: ApproveMinutesInput!) {
    approveMinutes(input: $input) {
      id
      version
      status
      approvedAt
      approvedBy {
        id
      }
    }
  }
`;
