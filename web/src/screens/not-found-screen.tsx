import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <PageTitle>{t('app.notFound')}</PageTitle>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}
