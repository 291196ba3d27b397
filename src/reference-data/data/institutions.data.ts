import { InstitutionType as T } from '../../institutions/institution-type.enum';
import { MUNICIPALITIES } from './municipalities.data';

export interface InstitutionSeed {
  name: string;
  nameEn?: string;
  type: T;
  /** Official code of the municipality; absent for a national institution. */
  municipalityCode?: string;
}

/** National bodies, referred to by these names from the plan measures. */
export const NATIONAL = {
  MOI: 'Lietuvos Respublikos vidaus reikalų ministerija',
  MSSL: 'Lietuvos Respublikos socialinės apsaugos ir darbo ministerija',
  MESS: 'Lietuvos Respublikos švietimo, mokslo ir sporto ministerija',
  MOH: 'Lietuvos Respublikos sveikatos apsaugos ministerija',
  MFA: 'Lietuvos Respublikos užsienio reikalų ministerija',
  MOJ: 'Lietuvos Respublikos teisingumo ministerija',
  GOVERNMENT_OFFICE: 'Lietuvos Respublikos Vyriausybės kanceliarija',
  POLICE_DEPARTMENT:
    'Policijos departamentas prie Lietuvos Respublikos vidaus reikalų ministerijos',
  CRIMINAL_POLICE_BUREAU: 'Lietuvos kriminalinės policijos biuras',
  PROSECUTOR_GENERAL: 'Lietuvos Respublikos generalinė prokuratūra',
  CHILD_RIGHTS_SERVICE:
    'Valstybės vaiko teisių apsaugos ir įvaikinimo tarnyba prie Socialinės apsaugos ir darbo ministerijos',
  BORDER_GUARD:
    'Valstybės sienos apsaugos tarnyba prie Lietuvos Respublikos vidaus reikalų ministerijos',
  MIGRATION: 'Migracijos departamentas prie Lietuvos Respublikos vidaus reikalų ministerijos',
  LABOUR_INSPECTORATE: 'Valstybinė darbo inspekcija prie Socialinės apsaugos ir darbo ministerijos',
  EMPLOYMENT_SERVICE:
    'Užimtumo tarnyba prie Lietuvos Respublikos socialinės apsaugos ir darbo ministerijos',
  COURTS_ADMINISTRATION: 'Nacionalinė teismų administracija',
  LAW_INSTITUTE: 'Lietuvos teisės institutas',
  LOCAL_AUTHORITIES: 'Lietuvos savivaldybių asociacija',
  CARITAS: 'Lietuvos Caritas',
  ANTI_TRAFFICKING_CENTRE: 'Kovos su prekyba žmonėmis ir išnaudojimu centras',
  YOUTH_SUPPORT_CENTRE: 'Dvasinės pagalbos jaunimui centras',
  WOMENS_RIGHTS: 'Moterų teisių asociacija',
  IOM: 'Tarptautinės migracijos organizacijos Vilniaus biuras',
} as const;

const NATIONAL_INSTITUTIONS: InstitutionSeed[] = [
  { name: NATIONAL.MOI, nameEn: 'Ministry of the Interior', type: T.MINISTRY },
  { name: NATIONAL.MSSL, nameEn: 'Ministry of Social Security and Labour', type: T.MINISTRY },
  { name: NATIONAL.MESS, nameEn: 'Ministry of Education, Science and Sport', type: T.MINISTRY },
  { name: NATIONAL.MOH, nameEn: 'Ministry of Health', type: T.MINISTRY },
  { name: NATIONAL.MFA, nameEn: 'Ministry of Foreign Affairs', type: T.MINISTRY },
  { name: NATIONAL.MOJ, nameEn: 'Ministry of Justice', type: T.MINISTRY },
  { name: NATIONAL.GOVERNMENT_OFFICE, nameEn: 'Office of the Government', type: T.OTHER },
  { name: NATIONAL.POLICE_DEPARTMENT, nameEn: 'Police Department', type: T.POLICE },
  {
    name: NATIONAL.CRIMINAL_POLICE_BUREAU,
    nameEn: 'Lithuanian Criminal Police Bureau',
    type: T.POLICE,
  },
  { name: NATIONAL.PROSECUTOR_GENERAL, nameEn: "Prosecutor General's Office", type: T.PROSECUTION },
  {
    name: NATIONAL.CHILD_RIGHTS_SERVICE,
    nameEn: 'State Child Rights Protection and Adoption Service',
    type: T.CHILD_RIGHTS_PROTECTION,
  },
  { name: NATIONAL.BORDER_GUARD, nameEn: 'State Border Guard Service', type: T.BORDER_GUARD },
  { name: NATIONAL.MIGRATION, nameEn: 'Migration Department', type: T.MIGRATION },
  {
    name: NATIONAL.LABOUR_INSPECTORATE,
    nameEn: 'State Labour Inspectorate',
    type: T.LABOUR_INSPECTORATE,
  },
  { name: NATIONAL.EMPLOYMENT_SERVICE, nameEn: 'Employment Service', type: T.EMPLOYMENT_SERVICE },
  { name: NATIONAL.COURTS_ADMINISTRATION, nameEn: 'National Courts Administration', type: T.OTHER },
  { name: NATIONAL.LAW_INSTITUTE, nameEn: 'Law Institute of Lithuania', type: T.OTHER },
  {
    name: NATIONAL.LOCAL_AUTHORITIES,
    nameEn: 'Association of Local Authorities in Lithuania',
    type: T.OTHER,
  },
  {
    name: NATIONAL.CARITAS,
    nameEn: 'Lithuanian Caritas (victim-assistance programme)',
    type: T.NGO,
  },
  {
    name: NATIONAL.ANTI_TRAFFICKING_CENTRE,
    nameEn: 'Centre against Human Trafficking and Exploitation',
    type: T.NGO,
  },
  { name: NATIONAL.YOUTH_SUPPORT_CENTRE, nameEn: 'Youth Psychological Aid Centre', type: T.NGO },
  { name: NATIONAL.WOMENS_RIGHTS, nameEn: "Women's Rights Association", type: T.NGO },
  {
    name: NATIONAL.IOM,
    nameEn: 'International Organization for Migration, Vilnius office',
    type: T.INTERNATIONAL_ORGANISATION,
  },
];

/** Regional prosecutor's offices sit in five of the county centres. */
const REGIONAL_PROSECUTION: Record<string, string> = {
  '13': 'Vilniaus apygardos prokuratūra',
  '19': 'Kauno apygardos prokuratūra',
  '21': 'Klaipėdos apygardos prokuratūra',
  '29': 'Šiaulių apygardos prokuratūra',
  '27': 'Panevėžio apygardos prokuratūra',
};

/** NGOs working against trafficking in some of the cities. */
const LOCAL_NGOS: Record<string, string[]> = {
  '13': ['Vilniaus arkivyskupijos Caritas'],
  '19': ['Kauno arkivyskupijos Caritas'],
  '21': ['Klaipėdos socialinės ir psichologinės pagalbos centras'],
  '29': ['Šiaulių vyskupijos Caritas'],
  '27': ['Panevėžio vyskupijos Caritas'],
  '18': ['Vilkaviškio vyskupijos Caritas'],
  '78': ['Telšių vyskupijos Caritas'],
};

/** The bodies every county centre has, named the way they are officially. */
function municipalInstitutions(code: string, name: string, county: string): InstitutionSeed[] {
  const place = name.replace(/ savivaldybė$/, ''); // "Vilniaus miesto", "Tauragės rajono"
  const countyOf = county.replace(/ apskritis$/, ''); // "Vilniaus"
  const seeds: InstitutionSeed[] = [
    { name: `${countyOf} apskrities vyriausiasis policijos komisariatas`, type: T.POLICE },
    {
      name: `Valstybės vaiko teisių apsaugos ir įvaikinimo tarnybos ${countyOf} apskrities vaiko teisių apsaugos skyrius`,
      type: T.CHILD_RIGHTS_PROTECTION,
    },
    { name: `${place} savivaldybės administracija`, type: T.MUNICIPAL_ADMINISTRATION },
    { name: `${place} socialinių paslaugų centras`, type: T.SOCIAL_SERVICES },
    { name: `${place} pedagoginė psichologinė tarnyba`, type: T.EDUCATION },
    { name: `${place} savivaldybės visuomenės sveikatos biuras`, type: T.HEALTH },
    {
      name: `Užimtumo tarnybos ${countyOf} klientų aptarnavimo departamentas`,
      type: T.EMPLOYMENT_SERVICE,
    },
  ];
  if (REGIONAL_PROSECUTION[code])
    seeds.push({ name: REGIONAL_PROSECUTION[code], type: T.PROSECUTION });
  for (const ngo of LOCAL_NGOS[code] ?? []) seeds.push({ name: ngo, type: T.NGO });
  return seeds.map((seed) => ({ ...seed, municipalityCode: code }));
}

export const INSTITUTIONS: InstitutionSeed[] = [
  ...NATIONAL_INSTITUTIONS,
  ...MUNICIPALITIES.flatMap((m) => municipalInstitutions(m.code, m.name, m.county)),
];
