/** The 10 county-centre municipalities with task forces (REFERENCE-DATA.md §2). */
export interface MunicipalitySeed {
  code: string;
  name: string;
  nameEn: string;
  county: string;
  isoCode: string;
}

export const MUNICIPALITIES: MunicipalitySeed[] = [
  {
    code: '13',
    name: 'Vilniaus miesto savivaldybė',
    nameEn: 'Vilnius city',
    county: 'Vilniaus apskritis',
    isoCode: 'LT-57',
  },
  {
    code: '19',
    name: 'Kauno miesto savivaldybė',
    nameEn: 'Kaunas city',
    county: 'Kauno apskritis',
    isoCode: 'LT-15',
  },
  {
    code: '21',
    name: 'Klaipėdos miesto savivaldybė',
    nameEn: 'Klaipėda city',
    county: 'Klaipėdos apskritis',
    isoCode: 'LT-20',
  },
  {
    code: '29',
    name: 'Šiaulių miesto savivaldybė',
    nameEn: 'Šiauliai city',
    county: 'Šiaulių apskritis',
    isoCode: 'LT-43',
  },
  {
    code: '27',
    name: 'Panevėžio miesto savivaldybė',
    nameEn: 'Panevėžys city',
    county: 'Panevėžio apskritis',
    isoCode: 'LT-32',
  },
  {
    code: '11',
    name: 'Alytaus miesto savivaldybė',
    nameEn: 'Alytus city',
    county: 'Alytaus apskritis',
    isoCode: 'LT-02',
  },
  {
    code: '18',
    name: 'Marijampolės savivaldybė',
    nameEn: 'Marijampolė',
    county: 'Marijampolės apskritis',
    isoCode: 'LT-25',
  },
  {
    code: '77',
    name: 'Tauragės rajono savivaldybė',
    nameEn: 'Tauragė district',
    county: 'Tauragės apskritis',
    isoCode: 'LT-50',
  },
  {
    code: '78',
    name: 'Telšių rajono savivaldybė',
    nameEn: 'Telšiai district',
    county: 'Telšių apskritis',
    isoCode: 'LT-51',
  },
  {
    code: '82',
    name: 'Utenos rajono savivaldybė',
    nameEn: 'Utena district',
    county: 'Utenos apskritis',
    isoCode: 'LT-54',
  },
];
