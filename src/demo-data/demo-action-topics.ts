import { InstitutionType as T } from '../institutions/institution-type.enum';
import type { ActivityKey } from './demo-activity-topics';

/** A task a task force hands to one of its members, in the words a secretary would use. */
export interface ActionTopic {
  /** Codes of the KPZ-2024 measures it carries out (one or two). */
  measures: string[];
  /** Kinds of body whose members usually take it on. */
  by: T[];
  /** Ways of wording it; a task force does not give the same title twice. */
  titles: string[];
  description: string;
  /** The prevention activity the work usually ends in, when it is one. */
  activity?: ActivityKey;
  /** Carries out decisions that name no measure (labour exploitation falls between them). */
  fallback?: boolean;
}

export const ACTION_TOPICS: ActionTopic[] = [
  {
    measures: ['4.1.1'],
    by: [T.EDUCATION, T.CHILD_RIGHTS_PROTECTION, T.POLICE],
    titles: [
      'Surengti prevencines paskaitas 8–12 klasių mokiniams apie saugų darbą užsienyje',
      'Organizuoti klasių valandėles apie verbavimo internete pavojus',
      'Suderinti su mokyklomis prevencinių užsiėmimų grafiką ir lektorius',
    ],
    description:
      'Užsiėmimus veda socialiniai pedagogai ir bendruomenės pareigūnai; dalyvių skaičius nurodomas rodikliuose.',
    activity: 'school-lecture',
  },
  {
    measures: ['4.1.1'],
    by: [T.CHILD_RIGHTS_PROTECTION, T.SOCIAL_SERVICES],
    titles: [
      'Surengti užsiėmimus vaikų globos namų auklėtiniams',
      'Aptarti išnaudojimo riziką su bendruomeninių vaikų globos namų darbuotojais',
    ],
    description: 'Pirmenybė – vyresni vaikai, kurie netrukus pradės savarankišką gyvenimą.',
    activity: 'care-home-lecture',
  },
  {
    measures: ['4.1.1', '1.1.2'],
    by: [T.SOCIAL_SERVICES, T.CHILD_RIGHTS_PROTECTION],
    titles: [
      'Surengti informacinius susitikimus socialinę riziką patiriančioms šeimoms',
      'Aptarti su atvejo vadybininkais, kaip šeimoms kalbėti apie darbo pasiūlymus užsienyje',
    ],
    description: 'Susitikimai rengiami kartu su socialinių paslaugų centro darbuotojais.',
    activity: 'family-meeting',
  },
  {
    measures: ['4.1.1'],
    by: [T.MUNICIPAL_ADMINISTRATION, T.POLICE, T.HEALTH, T.SOCIAL_SERVICES],
    titles: [
      'Surengti susitikimus seniūnijose apie priverstinio darbo požymius',
      'Pristatyti prevencinę programą neįgaliųjų dienos centrų lankytojams',
    ],
    description: 'Seniūnijos padeda surinkti dalyvius ir parūpina patalpas.',
    activity: 'rural-meeting',
  },
  {
    measures: ['2.1.2'],
    by: [T.SOCIAL_SERVICES, T.MUNICIPAL_ADMINISTRATION, T.EDUCATION, T.HEALTH],
    titles: [
      'Organizuoti mokymus socialiniams darbuotojams apie aukų požymių atpažinimą',
      'Surengti seminarą pedagogams ir sveikatos priežiūros specialistams',
      'Sudaryti mokymų dalyvių sąrašus ir suderinti lektorius',
    ],
    description: 'Vienos dienos mokymai; lektoriai – iš nacionalinių NVO ir policijos.',
    activity: 'specialist-training',
  },
  {
    measures: ['2.1.1'],
    by: [T.POLICE, T.CHILD_RIGHTS_PROTECTION],
    titles: [
      'Surengti mokymus bendruomenės pareigūnams ir vaiko teisių specialistams',
      'Organizuoti patirties mainų seminarą apie vaikų seksualinį išnaudojimą internete',
    ],
    description: 'Mokymai apie vaikų išnaudojimo formas ir bendrą institucijų reagavimą.',
    activity: 'police-training',
  },
  {
    measures: ['2.2.1'],
    by: [T.HEALTH, T.SOCIAL_SERVICES, T.MUNICIPAL_ADMINISTRATION],
    titles: [
      'Išplatinti aukų požymių atmintines gydymo įstaigoms ir mokykloms',
      'Parengti atmintinę specialistams apie nukreipimą pagalbai',
    ],
    description: 'Atmintinės platinamos spausdintos ir elektroniniu paštu.',
    activity: 'leaflets-specialists',
  },
  {
    measures: ['4.1.2'],
    by: [T.EMPLOYMENT_SERVICE, T.MUNICIPAL_ADMINISTRATION],
    titles: [
      'Parengti informacinę kampaniją „Dirbk saugiai užsienyje“',
      'Paskelbti informaciją apie pagalbos liniją savivaldybės svetainėje ir socialiniuose tinkluose',
      'Išplatinti lankstinukus apie saugų įsidarbinimą Užimtumo tarnybos klientams',
    ],
    description: 'Kampanijos medžiaga pritaikoma pagal nacionalinės kampanijos rekomendacijas.',
    activity: 'campaign',
  },
  {
    measures: ['1.2.1'],
    by: [T.MUNICIPAL_ADMINISTRATION],
    titles: [
      'Surengti daugiadalykį apskritąjį stalą su NVO ir institucijomis',
      'Parengti darbo grupės veiklos plano įgyvendinimo ataskaitą',
      'Atnaujinti darbo grupės narių kontaktų ir atsakomybių sąrašą',
    ],
    description: 'Ataskaita ir apskritojo stalo išvados pateikiamos darbo grupės posėdžiui.',
    activity: 'round-table',
  },
  {
    measures: ['1.2.2'],
    by: [T.SOCIAL_SERVICES, T.POLICE, T.MUNICIPAL_ADMINISTRATION],
    titles: [
      'Parengti aukų nukreipimo pagalbai tvarkos aprašo projektą',
      'Paskirti atsakingus atvejo vadybininkus ir suderinti nukreipimo schemą',
      'Supažindinti naujus darbuotojus su aukų nukreipimo rekomendacijomis',
    ],
    description: 'Nukreipimo schema derinama su policija, socialinių paslaugų centru ir NVO.',
  },
  {
    measures: ['1.1.1', '1.1.2'],
    by: [T.NGO, T.SOCIAL_SERVICES, T.MUNICIPAL_ADMINISTRATION],
    titles: [
      'Numatyti lėšų NVO teikiamoms apgyvendinimo paslaugoms aukoms',
      'Parengti NVO projektų finansavimo konkurso sąlygas',
      'Sudaryti sutartį su NVO dėl kompleksinės pagalbos paslaugų',
    ],
    description: 'Lėšos numatomos savivaldybės socialinių paslaugų programoje.',
    activity: 'ngo-support',
  },
  {
    measures: ['3.1.1'],
    by: [T.POLICE, T.PROSECUTION],
    titles: [
      'Atlikti bendrus patikrinimus su Valstybine darbo inspekcija',
      'Apibendrinti prevencinių patikrinimų rezultatus ir pristatyti darbo grupei',
    ],
    description: 'Darbo grupei pateikiami tik apibendrinti skaičiai, be asmenų duomenų.',
  },
  {
    measures: ['3.1.2'],
    by: [T.PROSECUTION, T.POLICE, T.CHILD_RIGHTS_PROTECTION],
    titles: [
      'Suderinti nukentėjusiųjų apklausų pritaikytose patalpose tvarką',
      'Parengti atmintinę nukentėjusiesiems apie jų teises ikiteisminio tyrimo metu',
    ],
    description: 'Siekiama išvengti pakartotinių nukentėjusiųjų apklausų.',
  },
  {
    measures: ['2.1.3', '3.1.1'],
    by: [T.EMPLOYMENT_SERVICE, T.POLICE, T.MUNICIPAL_ADMINISTRATION],
    titles: [
      'Pakviesti darbo inspektorius ir migracijos pareigūnus į bendrus mokymus',
      'Aptarti trečiųjų šalių piliečių įdarbinimo rizikas su darbdavių atstovais',
    ],
    description: 'Dėmesys – įdarbinimo agentūroms ir darbuotojų apgyvendinimo sąlygoms.',
    activity: 'specialist-training',
    fallback: true,
  },
  {
    measures: ['4.2.2'],
    by: [T.NGO, T.MUNICIPAL_ADMINISTRATION, T.SOCIAL_SERVICES],
    titles: [
      'Suderinti bendro renginio su parapijomis ir bendruomenėmis datą',
      'Surengti bendruomenės renginį apie saugią migraciją',
    ],
    description: 'Renginys rengiamas kartu su parapija ir vietos bendruomene.',
    activity: 'community-event',
  },
];

/** Notes an assignee posts; figures are appended as "name, unit: value." when reported. */
export const START_NOTES = [
  'Pradėtas vykdymas: suderinti atsakingi asmenys ir terminai.',
  'Darbas pradėtas, susisiekta su partneriais.',
  'Parengtas įgyvendinimo planas, derinamos datos.',
];

export const PROGRESS_NOTES = [
  'Dalis veiklų įvykdyta, darbas tęsiamas pagal planą.',
  'Įvyko pirmieji renginiai, likusius planuojama surengti iki termino.',
  'Gauti partnerių atsiliepimai, medžiaga patikslinta.',
  'Darbas vyksta, tačiau vėluoja partnerių atsakymai.',
];

export const DONE_NOTES = [
  'Užduotis įvykdyta, ataskaita pateikta darbo grupės sekretoriui.',
  'Visos numatytos veiklos įgyvendintos.',
  'Įvykdyta; rezultatai bus aptarti kitame posėdyje.',
];

export const LATE_DONE_NOTES = [
  'Įvykdyta vėliau nei planuota: užtruko derinimas su partneriais.',
  'Įvykdyta pavėluotai dėl lektorių užimtumo; rezultatai pateikti.',
];

export const CANCEL_NOTES = [
  'Atšaukta: veiklą perėmė nacionalinė informacinė kampanija.',
  'Atšaukta darbo grupės sprendimu – šiais metais tam nėra lėšų.',
  'Atšaukta, nes dubliuoja kitą darbo grupės užduotį.',
];
