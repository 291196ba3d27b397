import { failedPrecondition } from '../errors/domain-error';
import { RefusalReason } from '../errors/error-reasons';

/** Why a row's facts forbid an operation: a code for clients and words for the message. */
export interface Refusal {
  reason: RefusalReason;
  message: string;
}

/** Operations that may act on a record in some states, and where they take it. */
export interface Transition<S extends string, F> {
  operations: readonly string[];
  /** States they act in; none for the operation that creates the record. */
  from: readonly S[];
  /** The state they lead to; absent when the record stays in its state. */
  to?: S;
  /** The further condition, in words (the README prints it). */
  when?: string;
  /**
   * Why the facts forbid it (a predicate of the record, "has not started yet"), or null. A row
   * may instead throw its own refusal where the fault is the caller's (a role, a missing reason).
   */
  refuse?: (facts: F, state: S) => Refusal | null | Promise<Refusal | null>;
}

export interface LifecycleDefinition<S extends string, F> {
  /** The record's name in the printed table, e.g. "Meeting". */
  record: string;
  /** How the record's subject takes a state: "Meeting 2026/3 is", "The minutes … are". */
  verb: 'is' | 'are';
  /** Each state in words: "held", "a draft". */
  states: Record<S, string>;
  /** The refusal code of an operation refused because of the state (`extensions.reason`). */
  reasons: Record<S, RefusalReason>;
  /** For final states, why nothing changes any more ("so its record cannot change."). */
  final?: Partial<Record<S, string>>;
  transitions: readonly Transition<S, F>[];
  /** Printed under the table: how this lifecycle meets others. */
  note?: string;
}

/**
 * A record's lifecycle as one table: which operation may act in which state and where it
 * leads. Services ask it instead of checking statuses themselves; the README prints it.
 */
export class Lifecycle<S extends string, F> {
  constructor(readonly definition: LifecycleDefinition<S, F>) {}

  /** The row of an operation; a missing row is a programming error, not a user's. */
  transitionOf(operation: string): Transition<S, F> {
    const row = this.definition.transitions.find((t) => t.operations.includes(operation));
    if (!row) throw new Error(`${operation} is not in the ${this.definition.record} lifecycle`);
    return row;
  }

  /** The row that moves a record from one state to another, or null when none does. */
  moveOf(from: S, to: S): Transition<S, F> | null {
    return this.definition.transitions.find((t) => t.from.includes(from) && t.to === to) ?? null;
  }

  /** True when the state is final: nothing may act on the record any more. */
  isFinal(state: S): boolean {
    return !this.definition.transitions.some((t) => t.from.includes(state));
  }

  /** Refuses a record in a final state with FAILED_PRECONDITION saying why. */
  requireNotFinal(state: S, subject: string): void {
    if (!this.isFinal(state)) return;
    const { verb, states, final } = this.definition;
    const why = final?.[state] ?? 'so it can no longer change.';
    const reason = this.definition.reasons[state];
    throw failedPrecondition(reason, `${subject} ${verb} ${states[state]}, ${why}`);
  }

  /**
   * The state `operation` leads to from `state`, or FAILED_PRECONDITION saying why it may not
   * act: a final state, a state it does not act in, or facts its row refuses.
   */
  async require(operation: string, state: S, facts: F, subject: string): Promise<S> {
    const row = this.transitionOf(operation);
    this.requireNotFinal(state, subject);
    const { verb, states } = this.definition;
    if (!row.from.includes(state)) {
      const allowed = row.from.map((s) => states[s]).join(' or ');
      const pronoun = verb === 'is' ? 'it' : 'they';
      throw failedPrecondition(
        this.definition.reasons[state],
        `${subject} ${verb} ${states[state]}; ${operation} is possible only while ${pronoun} ${verb} ${allowed}.`,
      );
    }
    const refusal = await row.refuse?.(facts, state);
    if (refusal) throw failedPrecondition(refusal.reason, `${subject} ${refusal.message}`);
    return row.to ?? state;
  }

  /** The table as Markdown, for the README. */
  markdown(): string {
    const { states, transitions } = this.definition;
    const name = (s: S) => `\`${s}\``;
    const rows = transitions.map((t) => {
      const from = t.from.length ? t.from.map(name).join(', ') : '(new)';
      const to = t.to ? name(t.to) : 'stays';
      const ops = t.operations.map((o) => `\`${o}\``).join(', ');
      return `| ${ops} | ${from} | ${to} | ${t.when ?? ''} |`;
    });
    const finals = (Object.keys(states) as S[]).filter((s) => this.isFinal(s));
    const lines = [
      `| ${this.definition.record}: operation | from | to | only when |`,
      '| --- | --- | --- | --- |',
      ...rows,
    ];
    if (finals.length) lines.push('', `Final: ${finals.map(name).join(', ')}.`);
    if (this.definition.note) lines.push(...(finals.length ? [] : ['']), this.definition.note);
    return lines.join('\n');
  }
}
