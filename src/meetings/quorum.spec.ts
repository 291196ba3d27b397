import { MembershipRole, QuorumRule } from '../task-forces/task-force.enums';
import { AttendanceStatus } from './meeting.enums';
import { computeQuorum, quorumFromRecords, requiredForQuorum } from './quorum';

describe('quorum', () => {
  it.each([
    [10, 6],
    [11, 6],
    [9, 5],
    [1, 1],
    [0, 1],
  ])('more than half of %i voting members is %i', (members, required) => {
    expect(requiredForQuorum(QuorumRule.MORE_THAN_HALF, members)).toBe(required);
  });

  it.each([
    [10, 5],
    [11, 6],
    [0, 1],
  ])('at least half of %i is %i', (members, required) => {
    expect(requiredForQuorum(QuorumRule.AT_LEAST_HALF, members)).toBe(required);
  });

  it.each([
    [9, 6],
    [10, 7],
    [12, 8],
  ])('at least two thirds of %i is %i', (members, required) => {
    expect(requiredForQuorum(QuorumRule.AT_LEAST_TWO_THIRDS, members)).toBe(required);
  });

  it('is reached exactly at the required count', () => {
    expect(computeQuorum(QuorumRule.MORE_THAN_HALF, 10, 6)).toEqual({
      votingMembers: 10,
      attending: 6,
      required: 6,
      reached: true,
    });
    expect(computeQuorum(QuorumRule.MORE_THAN_HALF, 10, 5).reached).toBe(false);
  });
});

describe('quorum from the records', () => {
  const member = (
    personId: string,
    role: MembershipRole,
    validFrom = '2026-01-01',
    validTo: string | null = null,
  ) => ({
    personId,
    role,
    validFrom,
    validTo,
  });
  const memberships = [
    member('chair', MembershipRole.CHAIR),
    member('a', MembershipRole.MEMBER),
    member('b', MembershipRole.MEMBER),
    member('gone', MembershipRole.MEMBER, '2025-01-01', '2026-02-28'),
    member('later', MembershipRole.MEMBER, '2026-04-01'),
    member('observer', MembershipRole.OBSERVER),
  ];

  it('counts only voting members on the meeting date, and only their attendance', () => {
    const figures = quorumFromRecords(QuorumRule.MORE_THAN_HALF, '2026-03-10', memberships, [
      { personId: 'chair', status: AttendanceStatus.PRESENT },
      { personId: 'observer', status: AttendanceStatus.PRESENT },
      { personId: 'gone', status: AttendanceStatus.PRESENT },
      { personId: 'a', status: AttendanceStatus.EXCUSED },
    ]);
    expect(figures).toEqual({ votingMembers: 3, attending: 1, required: 2, reached: false });
  });

  it('counts remote attendance', () => {
    const figures = quorumFromRecords(QuorumRule.MORE_THAN_HALF, '2026-03-10', memberships, [
      { personId: 'chair', status: AttendanceStatus.PRESENT },
      { personId: 'b', status: AttendanceStatus.REMOTE },
    ]);
    expect(figures.reached).toBe(true);
  });
});
