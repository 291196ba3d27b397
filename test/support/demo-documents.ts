/** The demo task forces with their rosters, as the demo-data specs read them. */
export const TASK_FORCES = /* GraphQL */ `
  query TaskForces($first: Int) {
    taskForces(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          establishedOn
          establishingAct
          quorumRule
          municipality {
            code
          }
          members {
            role
            validFrom
            validTo
            person {
              fullName
              email
              institution {
                name
              }
            }
          }
          pastMembers {
            role
            validTo
          }
        }
      }
    }
  }
`;
