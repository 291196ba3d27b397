import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { errorText } from '../api/error-words';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageTitle } from '../components/page-title';
import { useSession } from '../session/session-context';

/** Only addresses of this app: `next` must not send anyone elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInScreen() {
  const { t } = useTranslation();
  const { status, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (status === 'signed-in' && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? t('signIn.wrong') : errorText(t, e),
      );
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
      {params.has('expired') && <Notice tone="info">{t('signIn.expired')}</Notice>}
      {params.has('signedOut') && <Notice tone="info">{t('signIn.signedOut')}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <form onSubmit={(e) => void submit(e)} className="form">
        <Field label={t('signIn.email')}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('signIn.password')}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
