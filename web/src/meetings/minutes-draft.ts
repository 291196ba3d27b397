import type { TFunction } from 'i18next';
import { formatDayOf, formatTime } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import type { MeetingPage } from './meeting-query';

/**
 * Unsaved minutes are kept on the device as they are typed, so nothing is lost to an ended
 * session, a closed tab or a network failure; saving to the server clears them.
 */
const key = (meetingId: string) => `thb.minutes.${meetingId}`;

export function readLocalDraft(meetingId: string): string | null {
  return localStorage.getItem(key(meetingId));
}

export function keepLocalDraft(meetingId: string, text: string): void {
  localStorage.setItem(key(meetingId), text);
}

export function dropLocalDraft(meetingId: string): void {
  localStorage.removeItem(key(meetingId));
}

/** A first draft from what is recorded: who attended, the agenda and the decisions. */
export function minutesFromRecord(
  meeting: MeetingPage,
  names: Map<string, string>,
  t: TFunction,
  language: Language,
): string {
  const present = meeting.attendance
    .filter((a) => a.status === 'PRESENT' || a.status === 'REMOTE')
    .map((a) => names.get(a.personId) ?? '')
    .filter(Boolean);
  const absent = meeting.attendance
    .filter((a) => a.status === 'EXCUSED' || a.status === 'ABSENT')
    .map((a) => names.get(a.personId) ?? '')
    .filter(Boolean);
  const lines = [
    `${t('minutes.heading', { number: meeting.number })}`,
    `${formatDayOf(meeting.startsAt, language)}, ${formatTime(meeting.startsAt, language)}–${formatTime(meeting.endsAt, language)}${meeting.location ? `, ${meeting.location}` : ''}`,
    '',
    `${t('minutes.present')}: ${present.join(', ') || '–'}`,
    `${t('minutes.absent')}: ${absent.join(', ') || '–'}`,
    ...(meeting.guests.length
      ? [`${t('minutes.guests')}: ${meeting.guests.map((g) => g.fullName).join(', ')}`]
      : []),
    '',
    `${t('minutes.agenda')}:`,
    ...meeting.agenda.map((a) => `${a.position}. ${a.title}`),
    '',
    ...meeting.agenda.flatMap((a) => [
      `${a.position}. ${a.title}`,
      `${t('minutes.discussed')}: `,
      '',
    ]),
    ...(meeting.decisions.length ? [`${t('minutes.decisions')}:`] : []),
    ...meeting.decisions.map((d) => `${d.number}. ${d.text}`),
  ];
  return lines.join('\n');
}
