import { useWords } from '../i18n/use-language';
import { Notice } from './notice';
import type { SubmitState } from './use-submit';

/** A form's refusal; a conflict comes with a button that reloads the record. */
export function SubmitError({ state, onReload }: { state: SubmitState; onReload?: () => void }) {
  const { t } = useWords();
  if (!state.error) return null;
  return (
    <Notice tone="error">
      {state.error}{' '}
      {state.conflict && onReload && (
        <button type="button" className="button--small" onClick={onReload}>
          {t('common.reload')}
        </button>
      )}
    </Notice>
  );
}
