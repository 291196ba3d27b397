import { DEFAULT_DUE_SOON_DAYS } from './reminder-rules';
import { DEFAULT_FREQUENCY, MailFrequency, NotificationKind } from './notification.enums';
import { NotificationSettings, NotificationSettingsRow } from './notification-settings.entity';

/** A person's choices read from their row (none: every default). */
export function preferencesOf(
  row: NotificationSettingsRow | null | undefined,
): NotificationSettings {
  const chosen = row
    ? (JSON.parse(row.frequencies) as Partial<Record<NotificationKind, MailFrequency>>)
    : {};
  return {
    dueSoonDays: row?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    kinds: Object.values(NotificationKind).map((kind) => ({
      kind,
      mail: chosen[kind] ?? DEFAULT_FREQUENCY[kind],
    })),
    version: row?.version ?? 0,
  };
}

export function frequencyOf(settings: NotificationSettings, kind: NotificationKind): MailFrequency {
  return settings.kinds.find((k) => k.kind === kind)!.mail;
}

/** What is stored: only the kinds that differ from the default. */
export function storedFrequencies(settings: NotificationSettings): string {
  return JSON.stringify(
    Object.fromEntries(
      settings.kinds
        .filter(({ kind, mail }) => mail !== DEFAULT_FREQUENCY[kind])
        .map(({ kind, mail }) => [kind, mail]),
    ),
  );
}
