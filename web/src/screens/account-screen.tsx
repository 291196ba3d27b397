import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { PageTitle } from '../components/page-title';
import { NotificationSettingsForm } from '../notifications/notification-settings-form';
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
  const submit = useSubmit();
  const [changed, setChanged] = useState(false);
  if (!viewer) return null;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const missing: Record<string, string> = {};
    if (!current) missing.currentPassword = t('error.rule.REQUIRED');
    if (!next) missing.newPassword = t('error.rule.REQUIRED');
    if (Object.keys(missing).length) return submit.refuse(missing);
    const done = await submit.run(async () => {
      const { changePassword: s } = await request(CHANGE_PASSWORD, {
        input: { currentPassword: current, newPassword: next },
      });
      writeSession({
        token: s.token,
        expiresAt: s.expiresAt,
        refreshToken: s.refreshToken,
        accountId: s.account.id,
      });
    });
    if (done) {
      setCurrent('');
      setNext('');
      setChanged(true);
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
      {changed && <Notice tone="success">{t('account.passwordChanged')}</Notice>}
      <SubmitError state={submit} />
      <form className="form" noValidate onSubmit={(e) => void send(e)}>
        <Field label={t('account.currentPassword')} error={submit.fields.currentPassword}>
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
          error={submit.fields.newPassword}
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
        <button type="submit" disabled={submit.busy}>
          {t('account.save')}
        </button>
      </form>
      <NotificationSettingsForm />
    </section>
  );
}
