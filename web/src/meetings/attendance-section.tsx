import { personalCodeProblems } from '../components/personal-code';
import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { vilniusParts } from '../i18n/format';
import { useWords } from '../i18n/use-language';
import { allows, MeetingPage, useMeetingRefresh } from './meeting-query';
import { useMembersOn } from './members-on';

const RECORD = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`);

const STATUSES = ['PRESENT', 'REMOTE', 'EXCUSED', 'ABSENT'] as const;
type Status = (typeof STATUSES)[number];

/** The members on the meeting's date and the guests; the quorum as the server counts it. */
export function AttendanceSection({ meeting }: { meeting: MeetingPage }) {
  const { t } = useWords();
  const refresh = useMeetingRefresh(meeting.id);
  const submit = useSubmit();
  const on = vilniusParts(meeting.startsAt).date;
  const members = useMembersOn(meeting.taskForce.id, on);
  const [guest, setGuest] = useState({ fullName: '', institution: '' });
  const editable = allows(meeting, 'recordAttendance');
  const statusOf = new Map(meeting.attendance.map((a) => [a.personId, a.status]));
  const guests = meeting.guests.map((g) => ({
    fullName: g.fullName,
    institution: g.institution ?? undefined,
  }));
  const record = (input: {
    entries?: { personId: string; status: Status }[];
    guests?: typeof guests;
  }) =>
    submit.run(() =>
      request(RECORD, { input: { meetingId: meeting.id, entries: [], ...input } }).then(refresh),
    );
  const addGuest = async (event: FormEvent) => {
    event.preventDefault();
    if (!guest.fullName.trim()) return submit.refuse({ guestName: t('error.rule.REQUIRED') });
    const coded = personalCodeProblems(t, { guestName: `${guest.fullName} ${guest.institution}` });
    if (coded.guestName) return submit.refuse(coded);
    const added = {
      fullName: guest.fullName.trim(),
      institution: guest.institution.trim() || undefined,
    };
    if (await record({ guests: [...guests, added] })) setGuest({ fullName: '', institution: '' });
  };
  const q = meeting.quorum;

  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      <p className={q.reached ? 'quorum quorum--reached' : 'quorum'} role="status">
        {t(q.reached ? 'attendance.quorumReached' : 'attendance.quorumMissing', {
          required: q.required,
          attending: q.attending,
          voting: q.votingMembers,
        })}
      </p>
      <SubmitError state={submit} onReload={() => void refresh()} />
      {!members.data ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('attendance.title')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('attendance.member')}</th>
                <th scope="col">{t('attendance.role')}</th>
                <th scope="col">{t('attendance.status')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => {
                const status = statusOf.get(m.person.id);
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      {m.person.fullName}
                      {m.person.institution && (
                        <span className="muted block">{m.person.institution.name}</span>
                      )}
                    </th>
                    <td>{t(`enum.membershipRole.${m.role}`)}</td>
                    <td>
                      {editable ? (
                        <select
                          aria-label={t('attendance.statusOf', { name: m.person.fullName })}
                          value={status ?? ''}
                          disabled={submit.busy}
                          onChange={(e) =>
                            void record({
                              entries: [
                                { personId: m.person.id, status: e.target.value as Status },
                              ],
                            })
                          }
                        >
                          <option value="" disabled>
                            {t('attendance.notMarked')}
                          </option>
                          {STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`enum.attendanceStatus.${s}`)}
                            </option>
                          ))}
                        </select>
                      ) : status ? (
                        t(`enum.attendanceStatus.${status}`)
                      ) : (
                        t('attendance.notMarked')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('attendance.guests')}</h3>
      {meeting.guests.length === 0 ? (
        <p>{t('attendance.noGuests')}</p>
      ) : (
        <ul className="plain">
          {meeting.guests.map((g, index) => (
            <li key={g.id}>
              {g.fullName}
              {g.institution && <span className="muted"> – {g.institution}</span>}{' '}
              {editable && (
                <button
                  type="button"
                  className="button--small button--secondary"
                  aria-label={t('attendance.removeGuest', { name: g.fullName })}
                  onClick={() => void record({ guests: guests.filter((_, i) => i !== index) })}
                >
                  {t('common.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="form form--inline" noValidate onSubmit={(e) => void addGuest(e)}>
          <Field label={t('attendance.guestName')} error={submit.fields.guestName}>
            {(p) => (
              <input
                {...p}
                value={guest.fullName}
                onChange={(e) => setGuest({ ...guest, fullName: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('attendance.guestInstitution')}>
            {(p) => (
              <input
                {...p}
                value={guest.institution}
                onChange={(e) => setGuest({ ...guest, institution: e.target.value })}
              />
            )}
          </Field>
          <button type="submit" disabled={submit.busy}>
            {t('attendance.addGuest')}
          </button>
        </form>
      )}
    </section>
  );
}
