import { useWords } from '../i18n/use-language';
import { formatNumber } from '../i18n/format';

export interface ReasonFigures {
  code: string;
  count?: number | null;
  total?: number | null;
  actual?: number | null;
  threshold?: number | null;
}

/** Words a rating reason from its code and figures, in the screen's language. */
export function useReasonText() {
  const { t, language } = useWords();
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : formatNumber(value, language);
  return (r: ReasonFigures) =>
    t(`reason.${r.code}`, {
      count: r.count ?? 0,
      total: r.total ?? 0,
      actual: number(r.actual),
      threshold: number(r.threshold),
    });
}

/** The rating as a word with a shape and a colour, never colour alone. */
export function RatingBadge({ rating }: { rating: string }) {
  const { t } = useWords();
  return (
    <span className={`rating rating--${rating.toLowerCase()}`}>
      {t(`enum.statusRating.${rating}`)}
    </span>
  );
}
