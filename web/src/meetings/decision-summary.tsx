import { useWords } from '../i18n/use-language';
import type { MeetingPage } from './meeting-query';

type Decision = MeetingPage['decisions'][number];

/** A decision as the minutes state it: number and kind, its text, the votes and the outcome. */
export function DecisionSummary({ decision: d }: { decision: Decision }) {
  const { t } = useWords();
  return (
    <>
      <h3>
        {t('decisions.numbered', { number: d.number })} – {t(`enum.decisionKind.${d.kind}`)}
      </h3>
      <p className="pre-line">{d.text}</p>
      {d.votes && (
        <p>
          {t('decisions.votes', { ...d.votes })}
          {d.outcome && ` – ${t(`decisions.outcome.${d.outcome}`)}`}
        </p>
      )}
    </>
  );
}
