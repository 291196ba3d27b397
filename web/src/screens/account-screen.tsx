import { FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error';
import { request } from '../api/client';
import { errorText, fieldText } from '../api/error-words';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageTitle } from '../components/page-title';
import { useWords } from '../i18n/use-language';
import { useSession } from '../session/session-context';
import { writeSession } from '../session/session-store';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      expiresAt
      refreshToken
      account {
        id
      }
    }
  }
`);

/** Who is signed in, and a password change (which ends the other sessions of the account). */
export default function AccountScreen() {
  const { t } = useWords();
  const { viewer } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  if (!viewer) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t('error.rule.REQUIRED');
    if (!next) found.newPassword = t('error.rule.REQUIRED');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const { changePassword: s } = await request(CHANGE_PASSWORD, {
        input: { currentPassword: current, newPassword: next },
      });
      writeSession({
        token: s.token,
        expiresAt: s.expiresAt,
        refreshToken: s.refreshToken,
        accountId: s.account.id,
      });
      setCurrent('');
      setNext('');
      setOutcome({ tone: 'success', text: t('account.passwordChanged') });
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(Object.fromEntries(e.fields.map((f) => [f.field, fieldText(t, f)])));
      }
      setOutcome({ tone: 'error', text: errorText(t, e) });
    }
  };

  return (
    <section className="narrow">
      <PageTitle>{t('account.title')}</PageTitle>
      <p>{t('account.signedInAs', { email: viewer.email })}</p>
      <dl className="facts">
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`enum.systemRole.${viewer.systemRole}`)}</dd>
        </div>
      </dl>
      <h2>{t('account.changePassword')}</h2>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('account.currentPassword')} error={errors.currentPassword}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('account.newPassword')}
          hint={t('account.newPasswordHint')}
          error={errors.newPassword}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          )}
        </Field>
        <button type="submit">{t('account.save')}</button>
      </form>
    </section>
  );
}
