import { readFileSync } from 'fs';
import { join } from 'path';
import { ErrorCode } from './domain-error';
import { REFUSAL_REASONS } from './error-reasons';
import { FIELD_RULES } from './field-rules';

type Catalogue = { error: Record<'code' | 'rule' | 'reason', Record<string, string>> };

const catalogue = (language: string): Catalogue =>
  JSON.parse(readFileSync(join(__dirname, '../../../web/src/i18n', `${language}.json`), 'utf8'));

/** The web client words every refusal from its code, so each code needs words in both languages. */
describe.each(['lt', 'en'])('the web client’s %s words for the API’s codes', (language) => {
  const { error } = catalogue(language);

  it('has a sentence for every error code', () => {
    expect(Object.values(ErrorCode).filter((code) => !error.code[code])).toEqual([]);
  });

  it('has a sentence for every field rule', () => {
    expect(Object.keys(FIELD_RULES).filter((rule) => !error.rule[rule])).toEqual([]);
  });

  it('has a sentence for every refusal reason', () => {
    expect(Object.keys(REFUSAL_REASONS).filter((reason) => !error.reason[reason])).toEqual([]);
  });
});
