import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { useWords } from '../i18n/use-language';
import { DecisionSummary } from './decision-summary';
import { ActionItemFromDecision } from './action-item-from-decision';
import { MeasurePicker, PlanMeasureChoice } from './measure-picker';
import { allows, MeetingPage, useMeetingRefresh } from './meeting-query';

const RECORD = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

const KINDS = ['RESOLUTION', 'RECOMMENDATION', 'PROPOSAL_TO_COMMISSION', 'INFORMATION'] as const;
type Kind = (typeof KINDS)[number];
const NO_VOTES = { for: '', against: '', abstained: '' };

/** Decisions of the meeting, numbered; a record keeper records them with votes and measures. */
export function DecisionsSection({ meeting }: { meeting: MeetingPage }) {
  const { t } = useWords();
  const refresh = useMeetingRefresh(meeting.id);
  const submit = useSubmit();
  const [kind, setKind] = useState<Kind>('RESOLUTION');
  const [text, setText] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [votes, setVotes] = useState(NO_VOTES);
  const [measures, setMeasures] = useState<PlanMeasureChoice[]>([]);
  // A new round of the form starts the measure search afresh.
  const [round, setRound] = useState(0);
  const [itemFor, setItemFor] = useState<string | null>(null);
  const editable = allows(meeting, 'recordDecision');
  const agendaTitle = new Map(meeting.agenda.map((a) => [a.id, a.title]));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!text.trim()) problems.text = t('error.rule.REQUIRED');
    const voted = Object.values(votes).some((v) => v.trim() !== '');
    const counts = {
      for: Number(votes.for || 0),
      against: Number(votes.against || 0),
      abstained: Number(votes.abstained || 0),
    };
    if (voted && Object.values(counts).some((n) => !Number.isInteger(n) || n < 0)) {
      problems.votes = t('error.rule.NOT_WHOLE_NUMBER');
    } else if (voted && counts.for + counts.against + counts.abstained > meeting.quorum.attending) {
      // Only the voting members present may vote; the server refuses more as well.
      problems.votes = t('decisions.tooManyVotes', { attending: meeting.quorum.attending });
    }
    if (Object.keys(problems).length) return submit.refuse(problems);
    const input = {
      meetingId: meeting.id,
      kind,
      text: text.trim(),
      agendaItemId: agendaItemId || undefined,
      votes: voted ? counts : undefined,
      measureIds: measures.map((m) => m.id),
    };
    if (await submit.run(() => request(RECORD, { input }).then(refresh))) {
      setText('');
      setVotes(NO_VOTES);
      setMeasures([]);
      setAgendaItemId('');
      setRound(round + 1);
    }
  };

  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('decisions.title')}</h2>
      {meeting.decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <ol className="decisions plain">
          {meeting.decisions.map((d) => (
            <li key={d.id}>
              <DecisionSummary decision={d} />
              {d.agendaItemId && agendaTitle.has(d.agendaItemId) && (
                <p className="muted">
                  {t('decisions.onItem', { title: agendaTitle.get(d.agendaItemId) })}
                </p>
              )}
              {d.measures.length > 0 && (
                <p className="muted">
                  {t('agenda.measures')}: {d.measures.map((m) => m.code).join(', ')}
                </p>
              )}
              {meeting.taskForce.viewerRights.includes('keepRecords') &&
                (itemFor === d.id ? (
                  <ActionItemFromDecision
                    meeting={meeting}
                    decision={d}
                    onDone={() => setItemFor(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button--secondary button--small"
                    onClick={() => setItemFor(d.id)}
                  >
                    {t('decisions.createItem')}
                  </button>
                ))}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form className="form" noValidate onSubmit={(e) => void send(e)}>
          <h3>{t('decisions.record')}</h3>
          <SubmitError state={submit} onReload={() => void refresh()} />
          <Field label={t('decisions.kind')}>
            {(p) => (
              <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`enum.decisionKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('decisions.text')} error={submit.fields.text}>
            {(p) => (
              <textarea {...p} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
            )}
          </Field>
          <Field label={t('decisions.agendaItem')}>
            {(p) => (
              <select {...p} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
                <option value="">{t('decisions.noAgendaItem')}</option>
                {meeting.agenda.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.position}. {a.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset>
            <legend>{t('decisions.votesLegend', { attending: meeting.quorum.attending })}</legend>
            {submit.fields.votes && <p className="field__error">{submit.fields.votes}</p>}
            <div className="form-row">
              {(['for', 'against', 'abstained'] as const).map((side) => (
                <Field
                  key={side}
                  label={t(`decisions.${side}`)}
                  error={submit.fields[`votes.${side}`]}
                >
                  {(p) => (
                    <input
                      {...p}
                      inputMode="numeric"
                      value={votes[side]}
                      onChange={(e) => setVotes({ ...votes, [side]: e.target.value })}
                    />
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
          <MeasurePicker key={round} selected={measures} onChange={setMeasures} />
          <button type="submit" disabled={submit.busy}>
            {t('decisions.recordButton')}
          </button>
        </form>
      )}
    </section>
  );
}
