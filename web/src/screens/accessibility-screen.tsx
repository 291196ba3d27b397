import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page-title';

/** Prieinamumo pareiškimas: the statement EN 301 549 and Resolution No. 480 expect. */
export function AccessibilityScreen() {
  const { t } = useTranslation();
  return (
    <article className="narrow prose">
      <PageTitle>{t('accessibility.title')}</PageTitle>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.featuresTitle')}</h2>
      <p>{t('accessibility.features')}</p>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <p className="muted">{t('accessibility.prepared')}</p>
    </article>
  );
}
