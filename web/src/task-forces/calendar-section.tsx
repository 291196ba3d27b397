import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { SubmitError } from '../components/submit-error';
import { useSubmit } from '../components/use-submit';
import { formatDayOf } from '../i18n/format';
import { useWords } from '../i18n/use-language';

const TOKENS = graphql(`
  query MyCalendarTokens {
    myCalendarTokens {
      id
      label
      createdAt
      revokedAt
    }
  }
`);
const CREATE = graphql(`
  mutation CreateCalendarToken($input: CreateCalendarTokenInput) {
    createCalendarToken(input: $input) {
      path
      calendarToken {
        id
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeCalendarToken($input: RevokeCalendarTokenInput!) {
    revokeCalendarToken(input: $input) {
      id
    }
  }
`);

/** The viewer's calendar addresses: a new one is shown once; any can be revoked. */
export function CalendarSection() {
  const { t, language } = useWords();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['calendarTokens'], queryFn: () => request(TOKENS) });
  const submit = useSubmit();
  const [label, setLabel] = useState('');
  const [address, setAddress] = useState<string | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: ['calendarTokens'] });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    await submit.run(async () => {
      const { createCalendarToken } = await request(CREATE, {
        input: { label: label.trim() || undefined },
      });
      setAddress(`${window.location.origin}${createCalendarToken.path}`);
      setLabel('');
      await reload();
    });
  };
  const active = tokens.data?.myCalendarTokens.filter((c) => !c.revokedAt) ?? [];

  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      <SubmitError state={submit} />
      {address && (
        <Notice tone="success">
          <p>{t('calendar.shownOnce')}</p>
          <label className="block" htmlFor="calendar-address">
            {t('calendar.address')}
          </label>
          <input
            id="calendar-address"
            readOnly
            value={address}
            onFocus={(e) => e.target.select()}
          />
        </Notice>
      )}
      {active.length > 0 && (
        <ul className="plain">
          {active.map((c) => (
            <li key={c.id}>
              {c.label || t('calendar.unnamed')} –{' '}
              {t('calendar.created', { date: formatDayOf(c.createdAt, language) })}{' '}
              <button
                type="button"
                className="button--small button--secondary"
                aria-label={t('calendar.revokeOne', { label: c.label || t('calendar.unnamed') })}
                onClick={() =>
                  void submit.run(() => request(REVOKE, { input: { id: c.id } }).then(reload))
                }
              >
                {t('calendar.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form form--inline" noValidate onSubmit={(e) => void create(e)}>
        <Field label={t('calendar.label')} error={submit.fields.label}>
          {(p) => <input {...p} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <button type="submit" disabled={submit.busy}>
          {t('calendar.create')}
        </button>
      </form>
    </section>
  );
}
