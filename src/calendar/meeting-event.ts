import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { Language } from '../common/i18n/language';
import { VILNIUS_ZONE, vilniusDateTime } from '../common/time/vilnius-time';
import { FEED_WORDING } from './feed-wording';

/**
 * Vilnius wall-clock time without an offset. ical-generator writes a Date's fields in the
 * server's own zone under the TZID, so it gets the local time already worked out.
 */
export const wallClock = (instant: Date) => vilniusDateTime(instant).slice(0, 19);

/** What a calendar event of a meeting is made of (in the feed and attached to mails). */
export interface MeetingEventFacts {
  id: string;
  version: number;
  /** Null where the title must not leave the app (a confidential meeting in a mail). */
  title: string | null;
  number: string;
  taskForceName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  cancelled: boolean;
  cancellationReason: string | null;
}

/**
 * An empty calendar in the reader's language. No calendar-wide zone name: with one,
 * ical-generator writes the non-standard TIMEZONE-ID. Every time carries its TZID, the
 * VTIMEZONE comes from the generator, and X-WR-TIMEZONE serves the apps that read it.
 */
export function newCalendar(language: Language): ICalCalendar {
  return ical({
    name: FEED_WORDING[language].calendarName,
    prodId: {
      company: 'thb-taskforces.lt',
      product: 'coordination-workspace',
      language: language.toUpperCase(),
    },
    timezone: { name: null, generator: getVtimezoneComponent },
    x: { 'X-WR-TIMEZONE': VILNIUS_ZONE },
  });
}

/** The meeting as one event, whose UID and SEQUENCE let calendars update it in place. */
export function addMeetingEvent(
  calendar: ICalCalendar,
  meeting: MeetingEventFacts,
  language: Language,
): void {
  const words = FEED_WORDING[language];
  const { number, cancelled } = meeting;
  const summary = `${meeting.taskForceName}: ${meeting.title ?? words.confidentialMeeting} (${number})`;
  calendar.createEvent({
    id: `meeting-${meeting.id}@thb-taskforces.lt`,
    sequence: meeting.version,
    start: wallClock(meeting.startsAt),
    end: wallClock(meeting.endsAt),
    timezone: VILNIUS_ZONE,
    summary: cancelled ? words.cancelled(summary) : summary,
    location: meeting.title === null ? null : meeting.location,
    description: cancelled
      ? words.cancelledBecause(number, meeting.cancellationReason ?? '—')
      : words.meeting(number),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}
