import { decisionOutcome, DecisionOutcome, decisionTakenSql } from './decision-outcome';

describe('decision outcome', () => {
  it.each([
    [{ for: 5, against: 0, abstained: 1 }, DecisionOutcome.ADOPTED],
    [{ for: 3, against: 2, abstained: 4 }, DecisionOutcome.ADOPTED],
    [{ for: 1, against: 0, abstained: 8 }, DecisionOutcome.ADOPTED],
    [{ for: 3, against: 3, abstained: 0 }, DecisionOutcome.REJECTED],
    [{ for: 2, against: 4, abstained: 0 }, DecisionOutcome.REJECTED],
    [{ for: 0, against: 0, abstained: 6 }, DecisionOutcome.REJECTED],
  ])('%j is %s', (votes, outcome) => {
    expect(decisionOutcome(votes)).toBe(outcome);
  });

  it('has no outcome without votes', () => {
    expect(decisionOutcome(null)).toBeNull();
    expect(decisionOutcome(undefined)).toBeNull();
  });

  it('counts every decision but a rejected one as taken', () => {
    expect(decisionTakenSql('d')).toBe(`(d.outcome IS NULL OR d.outcome <> 'REJECTED')`);
  });
});
