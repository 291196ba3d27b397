/**
 * The list queries whose statements per request the benchmark counts (and a test guards), as
 * a list screen asks for them: each relation is one batched statement whatever the page size.
 */
export const LIST_QUERIES: Record<string, string> = {
  taskForces: `query($first: Int) { taskForces(first: $first) { edges { node { name municipality { name }
    members { role person { fullName institution { name } } } } } } }`,
  meetings: `query($first: Int) { meetings(first: $first) { edges { node { number title status
    startsAtLocal taskForce { name } quorum { reached attending votingMembers } minutesStatus } } } }`,
  actionItems: `query($first: Int) { actionItems(first: $first) { edges { node { title overdue
    taskForce { name } assignee { fullName } originDecision { text } measures { code }
    lastUpdate { text } } } } }`,
  myActionItems: `query($first: Int) { myActionItems(first: $first) { edges { node { title overdue
    taskForce { name } assignee { fullName } originDecision { text } measures { code }
    lastUpdate { text } } } } }`,
  preventionActivities: `query($first: Int) { preventionActivities(first: $first) { edges { node {
    title taskForce { name } partners { name } measures { code } } } } }`,
  followUpRequests: `query($first: Int) { followUpRequests(first: $first) { edges { node { title
    taskForce { name } askedBy { fullName } messages { kind author { fullName } } } } } }`,
  auditEvents: `query($first: Int) { auditEvents(first: $first) { edges { node { operation entityType } } } }`,
  nationalPlans: `query($first: Int) { nationalPlans(first: $first) { edges { node { code goals {
    objectives { measures { code responsibleInstitutions { name } indicators { name } } } } } } } }`,
  institutions: `query($first: Int) { institutions(first: $first) { edges { node { name } } } }`,
};

export const STATUS_OVERVIEW = `{ statusOverview { rows { taskForce { name } members meetingsHeld
  daysSinceLastMeeting decisions actionItemsOpen actionItemsOverdue actionItemsDoneOnTime
  actionItemsDoneLate measuresCovered preventionActivities preventionParticipants openFollowUps
  rating reasons } } }`;

export const PLAN_PROGRESS = `query($planId: ID!) { planProgress(planId: $planId) { summary {
  actionItemsDone taskForces indicatorProgress } goals { summary { actionItemsOpen }
  objectives { summary { actionItemsOpen } measures { measure { code } summary {
  actionItemsOpen actionItemsDone municipalities participants } indicators { total target percent } } } } } }`;
