/**
 * The list pages of the web client as the benchmark loads them: each query asks for what its
 * screen shows (the screens' own documents, at 100 rows), the relations included.
 */
export interface BenchPage {
  name: string;
  /** Whose page it is: the busy member's own items, or the Commission reading everything. */
  as: 'member' | 'commission';
  query: string;
  variables(scale: { taskForceId: string }): Record<string, unknown>;
  /**
   * The statements one request runs, whatever the number of rows: the caller's session and
   * memberships, the page (and its count), one per relation. test/statement-counts guards it.
   */
  statements: number;
}

export const BENCH_PAGES: BenchPage[] = [
  {
    // web/src/screens/my-items-screen.tsx, closed items included.
    name: 'myActionItems',
    statements: 6,
    as: 'member',
    query: `query($first: Int) { myActionItems(first: $first, includeClosed: true) { totalCount
      edges { node { id title dueDate status overdue taskForce { id name }
      lastUpdate { id createdAt } } } } }`,
    variables: () => ({ first: 100 }),
  },
  {
    // web/src/task-forces/task-force-items-screen.tsx: one task force's items, due first.
    name: 'actionItems',
    statements: 5,
    as: 'commission',
    query: `query($taskForceId: ID!, $first: Int) { actionItems(taskForceId: $taskForceId,
      order: DUE_DATE_ASC, first: $first) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title dueDate status overdue assignee { id fullName } } } } }`,
    variables: ({ taskForceId }) => ({ taskForceId, first: 100 }),
  },
  {
    // web/src/meetings/meetings-screen.tsx's rows, across task forces, with their quorum.
    name: 'meetings',
    statements: 7,
    as: 'commission',
    query: `query($first: Int) { meetings(order: STARTS_AT_DESC, first: $first) { edges { node {
      id number title startsAt endsAt status minutesStatus taskForce { id name }
      quorum { reached attending votingMembers } } } } }`,
    variables: () => ({ first: 100 }),
  },
  {
    // The Commission's follow-up inbox: each question's task force, asker and due date.
    name: 'followUpRequests',
    statements: 6,
    as: 'commission',
    query: `query($first: Int) { followUpRequests(first: $first) { totalCount edges { node {
      id title status dueDate askedByRole taskForce { id name } askedBy { id fullName } } } } }`,
    variables: () => ({ first: 100 }),
  },
  {
    // web/src/task-forces/oversight-section.tsx's activities, across task forces, with measures.
    name: 'preventionActivities',
    statements: 6,
    as: 'commission',
    query: `query($first: Int) { preventionActivities(first: $first) { totalCount edges { node {
      id date title kind targetGroup participants taskForce { id name } measures { code } } } } }`,
    variables: () => ({ first: 100 }),
  },
];
