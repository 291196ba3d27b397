import { useState } from 'react';
import { useWords } from '../i18n/use-language';
import { ActionItemFromDecision } from './action-item-from-decision';
import { AmendDecision } from './amend-decision';
import { DecisionSummary } from './decision-summary';
import { allows, MeetingPage } from './meeting-query';
import { RecordDecisionForm } from './record-decision-form';

/** Decisions of the meeting, numbered; a record keeper records them with votes and measures. */
export function DecisionsSection({ meeting }: { meeting: MeetingPage }) {
  const { t } = useWords();
  const [itemFor, setItemFor] = useState<string | null>(null);
  const [amendFor, setAmendFor] = useState<string | null>(null);
  const keeper = meeting.taskForce.viewerRights.includes('keepRecords');
  const editable = allows(meeting, 'recordDecision');
  const agendaTitle = new Map(meeting.agenda.map((a) => [a.id, a.title]));

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
              {d.amends && (
                <p className="muted">{t('decisions.amends', { number: d.amends.number })}</p>
              )}
              {d.amendedBy.length > 0 && (
                <p className="muted">
                  {t('decisions.amendedBy', {
                    numbers: d.amendedBy.map((a) => a.number).join(', '),
                  })}
                </p>
              )}
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
              {keeper && amendFor === d.id && (
                <AmendDecision meeting={meeting} decision={d} onDone={() => setAmendFor(null)} />
              )}
              {keeper && amendFor !== d.id && (
                <button
                  type="button"
                  className="button--secondary button--small"
                  onClick={() => setAmendFor(d.id)}
                >
                  {t('decisions.amend')}
                </button>
              )}{' '}
              {keeper &&
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
      {editable && <RecordDecisionForm meeting={meeting} />}
    </section>
  );
}
