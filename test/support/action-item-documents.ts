/** GraphQL documents shared by the action-item specs. */

export const ACTION_ITEM_FIELDS = /* GraphQL */ `
  fragment ActionItemFields on ActionItem {
    id
    version
    title
    description
    status
    dueDate
    overdue
    completedAt
    taskForce {
      id
    }
    assignee {
      id
    }
    responsibleInstitution {
      id
    }
    originDecision {
      id
      number
    }
    originMeeting {
      id
      number
    }
    measures {
      id
      code
    }
    lastUpdate {
      text
      statusFrom
      statusTo
    }
    indicatorTotals {
      indicatorId
      total
      contributions
    }
  }
`;

export const CREATE_ACTION_ITEM = /* GraphQL */ `
  ${ACTION_ITEM_FIELDS}
  mutation Create($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`;

export const UPDATE_ACTION_ITEM = /* GraphQL */ `
  ${ACTION_ITEM_FIELDS}
  mutation Update($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`;

export const POST_ACTION_UPDATE = /* GraphQL */ `
  mutation Post($input: PostActionUpdateInput!) {
    postActionUpdate(input: $input) {
      id
      text
      statusFrom
      statusTo
      author {
        id
      }
      contributions {
        value
        indicator {
          id
          unit
        }
      }
      actionItem {
        id
        version
        status
        completedAt
      }
    }
  }
`;

export const ACTION_ITEM = /* GraphQL */ `
  ${ACTION_ITEM_FIELDS}
  query Item($id: ID!) {
    actionItem(id: $id) {
      ...ActionItemFields
      updates {
        text
        statusFrom
        statusTo
        author {
          id
        }
        contributions {
          value
        }
      }
    }
  }
`;

export const ACTION_ITEMS = /* GraphQL */ `
  query Items(
    $taskForceId: ID
    $assigneeId: ID
    $status: [ActionItemStatus!]
    $overdue: Boolean
    $planId: ID
    $measureId: ID
    $dueFrom: LocalDate
    $dueTo: LocalDate
    $text: String
    $order: ActionItemOrder
    $first: Int
    $after: String
  ) {
    actionItems(
      taskForceId: $taskForceId
      assigneeId: $assigneeId
      status: $status
      overdue: $overdue
      planId: $planId
      measureId: $measureId
      dueFrom: $dueFrom
      dueTo: $dueTo
      text: $text
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
          title
          status
          dueDate
          overdue
        }
      }
    }
  }
`;

export const MY_ACTION_ITEMS = /* GraphQL */ `
  query Mine($includeClosed: Boolean, $first: Int, $after: String) {
    myActionItems(includeClosed: $includeClosed, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          dueDate
          overdue
        }
      }
    }
  }
`;

export const PLAN_MEASURES = /* GraphQL */ `
  query Plans {
    nationalPlans(first: 100) {
      edges {
        node {
          id
          code
          status
          goals {
            objectives {
              measures {
                id
                code
                indicators {
                  id
                  unit
                }
              }
            }
          }
        }
      }
    }
  }
`;
