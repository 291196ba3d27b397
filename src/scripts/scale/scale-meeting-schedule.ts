import { between } from '../../demo-data/demo-people';
import { MeetingStatus as S } from '../../meetings/meeting.enums';
import { allocate, chance, Random } from './scale-random';
import type { ScaleCalendar } from './scale-calendar';
import type { TaskForceRef } from './scale-types';

export interface MeetingSlot {
  taskForce: TaskForceRef;
  day: number;
  /** Local start time, minutes after midnight. */
  startMinute: number;
  status: S;
  /** Vilnius year of the start and the position in it: the meeting number "2026/3". */
  year: number;
  sequence: number;
  /** Decisions it took (held meetings only), set once all meetings are known. */
  decisions: number;
}

/** Task forces meet Tuesday to Thursday: moves a day forward to the next of those. */
function onMeetingDay(cal: ScaleCalendar, day: number): number {
  return day + [2, 1, 0, 0, 0, 4, 3][cal.weekday(day)];
}

/**
 * Every meeting of every task force over the ten years: a count per task force by its size
 * and age, spread evenly from its founding to yesterday with some jitter, one or two
 * planned ahead, a few cancelled; numbered per task force and Vilnius year in start order.
 * Decisions are then shared out over the held meetings so the total is exact.
 */
export function scheduleMeetings(
  random: Random,
  cal: ScaleCalendar,
  taskForces: TaskForceRef[],
  totalMeetings: number,
  totalDecisions: number,
): MeetingSlot[] {
  // A big city's task force meets more often, but not in proportion to its size.
  const counts = allocate(
    totalMeetings,
    taskForces.map((t) => Math.sqrt(t.weight) * (cal.today - t.established)),
  );
  const slots: MeetingSlot[] = [];
  taskForces.forEach((taskForce, index) => {
    const count = counts[index];
    const ahead = count >= 6 && chance(random, 0.5) ? 2 : 1;
    const past = count - ahead;
    const first = taskForce.established + 20;
    const last = cal.yesterday - 2;
    const step = (last - first) / Math.max(1, past);
    const days: number[] = [];
    for (let k = 0; k < past; k++) {
      const jitter = Math.floor((random() - 0.5) * step * 0.5);
      let day = onMeetingDay(cal, Math.floor(first + k * step + step / 2) + jitter);
      while (day > last) day -= 7;
      while (days.length && day <= days[days.length - 1]) day++;
      days.push(day);
    }
    days.push(onMeetingDay(cal, cal.today + between(random, 7, 28)));
    if (ahead === 2) days.push(onMeetingDay(cal, cal.today + between(random, 40, 70)));

    const sequences = new Map<number, number>();
    for (const day of days) {
      const status = day >= cal.today ? S.PLANNED : chance(random, 0.05) ? S.CANCELLED : S.HELD;
      const year = cal.year(day);
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const startMinute = [540, 600, 600, 600, 780][between(random, 0, 4)];
      slots.push({ taskForce, day, startMinute, status, year, sequence, decisions: 0 });
    }
  });

  const held = slots.filter((s) => s.status === S.HELD);
  const shares = allocate(
    totalDecisions,
    held.map((s) => (0.4 + random()) * Math.sqrt(s.taskForce.weight)),
  );
  held.forEach((slot, i) => (slot.decisions = shares[i]));
  return slots;
}
