import {
  isDoneLate,
  isDoneWithin,
  isOverdue,
  statusAt,
} from '../action-items/action-item-timeliness';
import { ActionItemStatus, OPEN_STATUSES } from '../action-items/action-item.enums';
import { AnnualReportStatus } from '../annual-reports/annual-report.enums';
import { SystemRole } from '../auth/system-role.enum';
import { addDays, vilniusDate, vilniusStartOfDay, vilniusYear } from '../common/time/vilnius-time';
import { FollowUpMessageKind, FollowUpStatus } from '../follow-ups/follow-up.enums';
import { isFollowUpOverdue } from '../follow-ups/follow-up-timeliness';
import { MeetingStatus } from '../meetings/meeting.enums';
import { RatingInput, rateTaskForce, StatusRating } from '../oversight/status-rating';
import { MUNICIPALITIES } from '../reference-data/data/municipalities.data';
import { RECORD_KEEPERS } from '../task-forces/task-force.enums';
import { daysBetween } from './demo-action-timeline';
import { DemoData } from './demo-plan.types';
import { DEMO_PROFILES, DemoProfile, profileOf } from './demo-profiles';
import { counterIds, referenceInput } from './demo-reference-input';
import { buildDemoData } from './demo-task-forces';

// Around New Year (numbers restart and last year's reports are hours old), both clock
// changes and an ordinary day.
const CLOCKS = [
  '2026-01-02T07:00:00Z',
  '2025-03-30T00:30:00Z',
  '2025-10-26T02:30:00Z',
  '2026-07-15T21:59:00Z',
  '2027-12-31T22:30:00Z',
];

const LITHUANIAN = /[ąčęėįšųūž]/i;
const profileOfTaskForce = (tf: { municipalityId: string }) =>
  profileOf(tf.municipalityId.replace('m-', ''));

/** What the status overview counts for one task force over its default period (last 12 months). */
function ratingInput(demo: DemoData, taskForceId: string, now: Date): RatingInput {
  const today = vilniusDate(now);
  const from = addDays(`${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, 1);
  const mine = <T extends { taskForceId: string }>(rows: T[]) =>
    rows.filter((r) => r.taskForceId === taskForceId);
  const held = mine(demo.meetings)
    .filter((m) => m.status === MeetingStatus.HELD)
    .map((m) => vilniusDate(m.startsAt))
    .sort();
  const items = mine(demo.actionItems);
  const done = items.filter((i) => isDoneWithin(i, from, today));
  return {
    daysSinceLastMeeting: held.length ? daysBetween(held.at(-1)!, today) : null,
    openActionItems: items.filter((i) => OPEN_STATUSES.includes(i.status)).length,
    overdueActionItems: items.filter((i) => isOverdue(i, today)).length,
    doneOnTime: done.filter((i) => !isDoneLate(i.completedOn, i.dueDate)).length,
    doneLate: done.filter((i) => isDoneLate(i.completedOn, i.dueDate)).length,
    overdueFollowUps: mine(demo.followUps).filter((r) => isFollowUpOverdue(r, today)).length,
    preventionActivities: mine(demo.activities).filter((a) => a.date >= from && a.date <= today)
      .length,
  };
}

/** The rule that makes a task force other than GREEN, as the first reason words it. */
const mainReason = (profile: DemoProfile) =>
  profile.meetings !== 'REGULAR'
    ? /^No meeting held for \d+ days/
    : profile.backlog !== 'NONE'
      ? /open action items are overdue/
      : /follow-up request\(s\) past their due date/;

describe('demo oversight profiles', () => {
  it('gives the reference task forces a fixed mix: 5 GREEN, 3 AMBER, 2 RED, Vilnius not RED', () => {
    const profiles = MUNICIPALITIES.map((m) => profileOf(m.code));
    const count = (rating: StatusRating) => profiles.filter((p) => p.rating === rating).length;
    expect([count(StatusRating.GREEN), count(StatusRating.AMBER), count(StatusRating.RED)]).toEqual(
      [5, 3, 2],
    );
    expect(profileOf('13').rating).toBe(StatusRating.AMBER);
    expect(MUNICIPALITIES.every((m) => DEMO_PROFILES[m.code])).toBe(true);
    // Each AMBER and RED one for its own reason.
    const reasons = profiles
      .filter((p) => p.rating !== StatusRating.GREEN)
      .map((p) => `${p.rating} ${mainReason(p).source}`);
    expect(new Set(reasons).size).toBe(5);
    expect(new Set(profiles.map((p) => p.report))).toEqual(
      new Set(['DRAFT_EMPTY', 'DRAFT_STARTED', 'SUBMITTED', 'ACCEPTED', 'RETURNED']),
    );
  });

  it.each(CLOCKS)('rates every task force as its profile says when now is %s', (iso) => {
    const now = new Date(iso);
    const demo = buildDemoData(referenceInput(now), counterIds());
    for (const tf of demo.taskForces) {
      const profile = profileOfTaskForce(tf);
      const { rating, reasons } = rateTaskForce(ratingInput(demo, tf.id, now));
      expect({ name: tf.name, rating }).toEqual({ name: tf.name, rating: profile.rating });
      if (rating !== StatusRating.GREEN) expect(reasons[0].text).toMatch(mainReason(profile));
    }
  });

  it.each(CLOCKS)(
    'keeps a status history that gives the status at any past moment when now is %s',
    (iso) => {
      const now = new Date(iso);
      const demo = buildDemoData(referenceInput(now), counterIds());
      for (const item of demo.actionItems) {
        const updates = demo.actionUpdates.filter((u) => u.actionItemId === item.id);
        const changes = updates.filter((u) => u.statusTo).sort((a, b) => a.sequence - b.sequence);
        // Replayed from OPEN, the changes end at the current status, each at its own time.
        let status = ActionItemStatus.OPEN;
        for (const change of changes) {
          expect(change.statusFrom).toBe(status);
          expect(change.createdAt >= item.createdAt).toBe(true);
          expect(statusAt(item, updates, change.createdAt)).toBe(status);
          status = change.statusTo!;
        }
        expect(status).toBe(item.status);
        expect(statusAt(item, updates, now)).toBe(item.status);
        // The overview skips the updates of an item not updated since a moment (statusAtSql).
        expect(item.updatedAt >= (changes.at(-1)?.createdAt ?? item.createdAt)).toBe(true);
      }
    },
  );

  it.each(CLOCKS)('keeps the follow-up requests consistent when now is %s', (iso) => {
    const now = new Date(iso);
    const today = vilniusDate(now);
    const demo = buildDemoData(referenceInput(now), counterIds());
    const askers = { 'p-commission': SystemRole.COMMISSION, 'p-ministry': SystemRole.MINISTRY };
    const seen = new Set<string>();

    for (const tf of demo.taskForces) {
      const requests = demo.followUps.filter((r) => r.taskForceId === tf.id);
      expect(requests).toHaveLength(profileOfTaskForce(tf).followUps.length);
      expect(requests.length >= 1 && requests.length <= 3).toBe(true);
      const keepers = demo.memberships
        .filter((m) => m.taskForceId === tf.id && !m.validTo && RECORD_KEEPERS.includes(m.role))
        .map((m) => m.personId);

      for (const request of requests) {
        const messages = demo.followUpMessages.filter((m) => m.requestId === request.id);
        expect(messages.map((m) => m.sequence)).toEqual(messages.map((_, i) => i + 1));
        messages.forEach((m, i) => {
          expect(m.kind).toBe(i % 2 ? FollowUpMessageKind.ANSWER : FollowUpMessageKind.QUESTION);
          // Questions by the asker; answers by the chair, deputy or secretary.
          if (i % 2) expect(keepers).toContain(m.authorId);
          else expect(m.authorId).toBe(request.askedById);
          if (i) expect(m.createdAt > messages[i - 1].createdAt).toBe(true);
          expect(m.text).toMatch(LITHUANIAN);
          expect(m.text).not.toMatch(/\d{11}/);
        });
        expect(request.askedByRole).toBe(askers[request.askedById as keyof typeof askers]);
        expect(request.title).toBe(messages[0].text.split('\n')[0]);
        expect(request.createdAt).toEqual(messages[0].createdAt);
        expect(request.updatedAt >= messages.at(-1)!.createdAt && request.updatedAt < now).toBe(
          true,
        );
        // Closed ones say when (the overview of a past period counts them open before).
        expect(request.closedAt === null).toBe(request.status !== FollowUpStatus.CLOSED);
        if (request.closedAt) expect(request.closedAt >= messages.at(-1)!.createdAt).toBe(true);
        // Due after the question it answers to, and overdue only while open and past it.
        const lastQuestion = messages
          .filter((m) => m.kind === FollowUpMessageKind.QUESTION)
          .at(-1)!;
        expect(request.dueDate > vilniusDate(lastQuestion.createdAt)).toBe(true);
        const last = messages.at(-1)!.kind;
        if (request.status === FollowUpStatus.OPEN) expect(last).toBe(FollowUpMessageKind.QUESTION);
        else expect(last).toBe(FollowUpMessageKind.ANSWER);
        const overdue = isFollowUpOverdue(request, today);
        seen.add(`${request.status}${overdue ? ' overdue' : ''} ${messages.length}`);

        // The record asked about is the task force's own and was there when asked.
        const asked = messages[0].createdAt;
        if (request.subjectType === 'ACTION_ITEM') {
          const item = demo.actionItems.find((i) => i.id === request.subjectId)!;
          expect(item.taskForceId).toBe(tf.id);
          expect(item.createdAt < asked).toBe(true);
          expect(request.title).toContain(item.title);
        } else if (request.subjectType === 'MEETING') {
          const meeting = demo.meetings.find((m) => m.id === request.subjectId)!;
          expect(meeting.taskForceId).toBe(tf.id);
          expect(meeting.startsAt < asked).toBe(true);
        } else {
          expect([request.subjectType, request.subjectId]).toEqual(['TASK_FORCE', null]);
        }
      }
    }
    expect([...seen].sort()).toEqual([
      'ANSWERED 2',
      'CLOSED 2',
      'CLOSED 4',
      'OPEN 1',
      'OPEN overdue 1',
    ]);
    expect(new Set(demo.followUps.map((r) => r.askedByRole)).size).toBe(2);
    expect(new Set(demo.followUps.map((r) => r.subjectType)).size).toBe(3);
  });

  it.each(CLOCKS)("plans last year's annual reports in every state when now is %s", (iso) => {
    const now = new Date(iso);
    const year = vilniusYear(now) - 1;
    const newYear = vilniusStartOfDay(`${year + 1}-01-01`);
    const demo = buildDemoData(referenceInput(now), counterIds());
    expect(demo.annualReports).toHaveLength(10);
    expect(new Set(demo.annualReports.map((r) => r.status))).toEqual(
      new Set(Object.values(AnnualReportStatus)),
    );

    for (const report of demo.annualReports) {
      const secretary = demo.memberships.find(
        (m) => m.taskForceId === report.taskForceId && m.role === 'SECRETARY',
      )!.personId;
      expect(report.year).toBe(year);
      // Made after the year it reports on ended, every step in order and before now.
      expect(report.createdAt >= newYear && report.updatedAt < now).toBe(true);
      expect(report.figuresGeneratedAt >= report.createdAt).toBe(true);
      const submitted = report.status !== AnnualReportStatus.DRAFT;
      expect(report.submittedAt !== null).toBe(submitted);
      expect(report.submittedById).toBe(submitted ? secretary : null);
      if (submitted) expect(report.figuresGeneratedAt).toEqual(report.submittedAt);
      if (submitted) expect(report.narrative!.split('\n\n')).toHaveLength(4);
      const decided = [AnnualReportStatus.ACCEPTED, AnnualReportStatus.RETURNED];
      expect(report.decidedAt !== null).toBe(decided.includes(report.status));
      if (report.decidedAt) {
        expect(report.decidedAt > report.submittedAt!).toBe(true);
        expect(['p-commission', 'p-ministry']).toContain(report.decidedById);
      }
      expect(report.returnReason !== null).toBe(report.status === AnnualReportStatus.RETURNED);
      // Its history: the submission, then the decision, with the reason of a return.
      const history = demo.annualReportEvents.filter((e) => e.reportId === report.id);
      expect(history.map((e) => [e.kind, e.at, e.reason])).toEqual([
        ...(submitted ? [['SUBMITTED', report.submittedAt, null]] : []),
        ...(report.decidedAt ? [[report.status, report.decidedAt, report.returnReason]] : []),
      ]);
      for (const text of [report.narrative, report.returnReason]) {
        if (text === null) continue;
        expect(text).toMatch(LITHUANIAN);
        expect(text).not.toMatch(/\d{11}/);
      }
    }
    const drafts = demo.annualReports.filter((r) => r.status === AnnualReportStatus.DRAFT);
    expect(drafts.map((r) => r.narrative === null).sort()).toEqual([false, true]);
  });

  it('asks and decides nothing when the national demo accounts are missing', () => {
    const now = new Date('2026-05-12T08:00:00Z');
    const input = { ...referenceInput(now), overseers: { commission: null, ministry: null } };
    const demo = buildDemoData(input, counterIds());
    expect([demo.followUps, demo.followUpMessages]).toEqual([[], []]);
    expect(new Set(demo.annualReports.map((r) => r.status))).toEqual(
      new Set([AnnualReportStatus.DRAFT, AnnualReportStatus.SUBMITTED]),
    );
    // Only the national side's records differ (and so the ids after them): the work is the same.
    const full = buildDemoData(referenceInput(now), counterIds());
    const work = (data: typeof demo) => data.actionItems.map((i) => [i.title, i.status, i.dueDate]);
    expect(work(demo)).toEqual(work(full));
  });
});
