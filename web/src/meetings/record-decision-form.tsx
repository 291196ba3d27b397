import { personalCodeProblems } from '../components/personal-code';
import { FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Notice } from '../components/notice';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { useWords } from '../i18n/use-language';
import { MeasurePicker, PlanMeasureChoice } from './measure-picker';
import { MeetingPage, useMeetingRefresh } from './meeting-query';

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

/** Records a decision: kind, text, agenda item, votes, measures, and what it amends. */
export function RecordDecisionForm({ meeting }: { meeting: MeetingPage }) {
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
  const [params, setParams] = useSearchParams();
  const amends = params.get('amends');
  const amendsNumber = params.get('amendsNumber');

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!text.trim()) problems.text = t('error.rule.REQUIRED');
    Object.assign(problems, personalCodeProblems(t, { text }));
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
      amendsId: amends ?? undefined,
    };
    if (await submit.run(() => request(RECORD, { input }).then(refresh))) {
      if (amends) setParams({});
      setText('');
      setVotes(NO_VOTES);
      setMeasures([]);
      setAgendaItemId('');
      setRound(round + 1);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void send(e)}>
      <h3>{t('decisions.record')}</h3>
      {amends && (
        <Notice tone="info">
          {t('decisions.amending', { number: amendsNumber ?? '' })}{' '}
          <button
            type="button"
            className="button--small button--secondary"
            onClick={() => setParams({})}
          >
            {t('decisions.notAmending')}
          </button>
        </Notice>
      )}
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
        {(p) => <textarea {...p} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
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
            <Field key={side} label={t(`decisions.${side}`)} error={submit.fields[`votes.${side}`]}>
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
  );
}
