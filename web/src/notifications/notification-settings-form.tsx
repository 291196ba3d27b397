import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { QueryState } from '../components/query-state';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { useWords } from '../i18n/use-language';

const SETTINGS = graphql(`
  query NotificationSettings {
    notificationSettings {
      dueSoonDays
      version
      kinds {
        kind
        mail
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      version
    }
  }
`);

type Frequency = 'IMMEDIATELY' | 'DAILY_DIGEST' | 'NEVER';
const FREQUENCIES: Frequency[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

/** Which notifications come by e-mail and how often, and how early due dates are recalled. */
export function NotificationSettingsForm() {
  const { t } = useWords();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['notificationSettings'],
    queryFn: () => request(SETTINGS),
  });
  const loaded = settings.data?.notificationSettings;
  const [days, setDays] = useState('');
  const [mail, setMail] = useState<Record<string, Frequency>>({});
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();

  useEffect(() => {
    if (!loaded) return;
    setDays(String(loaded.dueSoonDays));
    setMail(Object.fromEntries(loaded.kinds.map((k) => [k.kind, k.mail as Frequency])));
  }, [loaded]);

  if (!loaded) return <QueryState error={settings.error} />;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const dueSoonDays = Number(days);
    if (!/^\d+$/.test(days.trim()) || dueSoonDays > 30) {
      return submit.refuse({ dueSoonDays: t('notifications.dueSoonDaysRange') });
    }
    const done = await submit.run(() =>
      request(UPDATE, {
        input: {
          version: loaded.version,
          dueSoonDays,
          kinds: loaded.kinds.map(({ kind }) => ({ kind, mail: mail[kind] ?? 'IMMEDIATELY' })),
        },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: ['notificationSettings'] });
    if (done) setSaved(true);
  };

  return (
    <>
      <h2>{t('notifications.settingsTitle')}</h2>
      {saved && <Notice tone="success">{t('notifications.settingsSaved')}</Notice>}
      <SubmitError state={submit} />
      <form className="form" noValidate onSubmit={(e) => void send(e)}>
        <Field
          label={t('notifications.dueSoonDays')}
          hint={t('notifications.dueSoonDaysHint')}
          error={submit.fields.dueSoonDays}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('notifications.byMail')}</legend>
          {loaded.kinds.map(({ kind }) => (
            <Field key={kind} label={t(`enum.notificationKind.${kind}`)}>
              {(p) => (
                <select
                  {...p}
                  value={mail[kind] ?? 'IMMEDIATELY'}
                  onChange={(e) => setMail({ ...mail, [kind]: e.target.value as Frequency })}
                >
                  {FREQUENCIES.map((f) => (
                    <option key={f} value={f}>
                      {t(`enum.mailFrequency.${f}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </fieldset>
        <button type="submit" disabled={submit.busy}>
          {t('notifications.saveSettings')}
        </button>
      </form>
    </>
  );
}
