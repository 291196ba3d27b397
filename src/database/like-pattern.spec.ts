import { foldForSearch, likeContains, searchPattern } from './like-pattern';
import { searchTextOf } from './search-text';

describe('search folding', () => {
  it('folds case and Lithuanian accents away, on every spelling alike', () => {
    for (const text of ['Šiaulių', 'šiaulių', 'ŠIAULIŲ', 'Siauliu', 'SIAULIU']) {
      expect(foldForSearch(text)).toBe('siauliu');
    }
    expect(foldForSearch('Ąžuolų gatvė, Ėriškiai, Įsrutis, Ūla')).toBe(
      'azuolu gatve, eriskiai, isrutis, ula',
    );
    // Letters typed with combining marks fold like precomposed ones.
    expect(foldForSearch('S\u030Ciauliu\u0328')).toBe('siauliu');
    expect(foldForSearch('  Vaikų   teisių\tskyrius ')).toBe('vaiku teisiu skyrius');
  });

  it('matches the folded text literally: % and _ are themselves', () => {
    expect(likeContains('100%_\\')).toBe('%100\\%\\_\\\\%');
    expect(searchPattern(' ŠIAUL_ ')).toBe('%siaul\\_%');
  });

  it('folds each searched field on its own line, so a search never spans two', () => {
    expect(
      searchTextOf({ title: 'Paskaitos Šiauliuose', description: null }, ['title', 'description']),
    ).toBe('paskaitos siauliuose');
    expect(searchTextOf({ name: 'Šiaulių m.', nameEn: 'Šiauliai city' }, ['name', 'nameEn'])).toBe(
      'siauliu m.\nsiauliai city',
    );
  });
});
