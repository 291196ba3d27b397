import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-words';
import { Notice } from './notice';

/** What a screen shows while its data loads or when loading failed. */
export function QueryState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error) return <Notice tone="error">{errorText(t, error)}</Notice>;
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
