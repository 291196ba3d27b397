import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './i18n';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a catalogue, plural forms folded into their base key. */
function keysOf(tree: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (value && typeof value === 'object') keysOf(value, `${path}.`).forEach((k) => keys.add(k));
    else keys.add(path.replace(PLURAL, ''));
  }
  return keys;
}

/** The plural forms written for a base key. */
function formsOf(tree: object, key: string): string[] {
  const parts = key.split('.');
  const leaf = parts.pop()!;
  const parent = parts.reduce<Record<string, unknown>>(
    (node, p) => node[p] as Record<string, unknown>,
    tree as Record<string, unknown>,
  );
  return Object.keys(parent)
    .filter((k) => k.replace(PLURAL, '') === leaf && PLURAL.test(k))
    .map((k) => PLURAL.exec(k)![1]);
}

describe('the catalogues', () => {
  it('hold the same keys in Lithuanian and English', () => {
    const lt = [...keysOf(CATALOGUES.lt)].sort();
    const en = [...keysOf(CATALOGUES.en)].sort();
    expect(lt.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !lt.includes(k))).toEqual([]);
  });

  it('write every plural form each language needs', () => {
    for (const [language, tree] of Object.entries(CATALOGUES)) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of keysOf(tree)) {
        const forms = formsOf(tree, key);
        if (forms.length)
          expect({ key, language, forms: forms.sort() }).toEqual({
            key,
            language,
            forms: [...needed].sort(),
          });
      }
    }
  });

  it('word Lithuanian counts in their right forms', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'lt', resources: { lt: { translation: CATALOGUES.lt } } });
    const forms = [1, 2, 10, 21, 22, 11].map((count) => i18n.t('items.count', { count }));
    expect(forms).toEqual([
      '1 užduotis',
      '2 užduotys',
      '10 užduočių',
      '21 užduotis',
      '22 užduotys',
      '11 užduočių',
    ]);
  });

  it('count meetings in Lithuanian as people say it', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'lt', resources: { lt: { translation: CATALOGUES.lt } } });
    const forms = [1, 2, 10, 21, 1.5].map((count) => i18n.t('meetings.count', { count }));
    expect(forms).toEqual([
      '1 posėdis',
      '2 posėdžiai',
      '10 posėdžių',
      '21 posėdis',
      '1.5 posėdžio',
    ]);
  });

  it('word every programme code from the server’s own words', () => {
    expect(CATALOGUES.lt.enum.actionItemStatus.IN_PROGRESS).toBe('Vykdoma');
    expect(CATALOGUES.en.enum.statusRating.AMBER).toBe('Needs attention');
  });
});
