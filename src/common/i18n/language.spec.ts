import { Language, languageOf, resolveLanguage } from './language';

describe('resolveLanguage', () => {
  it('takes ?lang= first, then the account, then Accept-Language, then Lithuanian', () => {
    const all = { asked: 'en', preferred: 'lt', acceptLanguage: 'lt' };
    expect(resolveLanguage(all)).toBe(Language.EN);
    expect(resolveLanguage({ ...all, asked: undefined, preferred: 'en' })).toBe(Language.EN);
    expect(resolveLanguage({ acceptLanguage: 'en-GB,en;q=0.9' })).toBe(Language.EN);
    expect(resolveLanguage({ acceptLanguage: 'de-DE,en;q=0.5,lt;q=0.8' })).toBe(Language.LT);
    expect(resolveLanguage({})).toBe(Language.LT);
  });

  it('lets an unknown or malformed choice fall through instead of failing', () => {
    expect(resolveLanguage({ asked: 'de', preferred: 'en' })).toBe(Language.EN);
    expect(resolveLanguage({ asked: ['en', 'lt'], acceptLanguage: 'fr' })).toBe(Language.LT);
    expect(resolveLanguage({ acceptLanguage: ';;,q=,' })).toBe(Language.LT);
    expect(languageOf('EN-us')).toBe(Language.EN);
    expect(languageOf(7)).toBeNull();
  });
});
