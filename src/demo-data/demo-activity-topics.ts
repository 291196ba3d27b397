import { InstitutionType as T } from '../institutions/institution-type.enum';
import {
  PreventionActivityKind as K,
  TargetGroup as G,
} from '../prevention-activities/prevention-activity.enums';

export type ActivityKey =
  | 'school-lecture'
  | 'care-home-lecture'
  | 'family-meeting'
  | 'disability-lecture'
  | 'rural-meeting'
  | 'specialist-training'
  | 'police-training'
  | 'leaflets-specialists'
  | 'campaign'
  | 'eu-day'
  | 'media'
  | 'round-table'
  | 'ngo-support'
  | 'community-event';

/** A kind of prevention work a municipality reports, as its annual report would word it. */
export interface ActivityTopic {
  key: ActivityKey;
  kind: K;
  targetGroup: G;
  titles: string[];
  /** Codes of the KPZ-2024 measures it counts towards. */
  measures: string[];
  /** How many people usually take part; a publication has no participants. */
  participants: [number, number];
  /** Kinds of local body it is organised with. */
  partners: T[];
  /** Where it happens; `{p}` is the municipality, e.g. "Kauno miesto". Null: nowhere in particular. */
  places: (string | null)[];
  description: string | null;
  /** A fixed day of the year ("MM-DD"), for days that are marked every year. */
  onDay?: string;
}

const ONLINE = 'Nuotoliniu būdu (Microsoft Teams)';

export const ACTIVITY_TOPICS: ActivityTopic[] = [
  {
    key: 'school-lecture',
    kind: K.LECTURE_FOR_RISK_GROUP,
    targetGroup: G.SCHOOLS,
    titles: [
      'Paskaita „Saugus darbas ir kelionės užsienyje“ gimnazijos III–IV klasių mokiniams',
      'Klasės valandėlė apie verbavimą socialiniuose tinkluose',
    ],
    measures: ['4.1.1'],
    participants: [25, 120],
    partners: [T.EDUCATION, T.POLICE],
    places: ['{p} savivaldybės gimnazija', '{p} savivaldybės progimnazija'],
    description: 'Aptarti įdarbinimo užsienyje pavojai ir kur kreiptis pagalbos.',
  },
  {
    key: 'care-home-lecture',
    kind: K.LECTURE_FOR_RISK_GROUP,
    targetGroup: G.CARE_HOMES,
    titles: ['Užsiėmimas vaikų globos namų auklėtiniams apie darbo pasiūlymų pavojus'],
    measures: ['4.1.1'],
    participants: [6, 25],
    partners: [T.CHILD_RIGHTS_PROTECTION, T.SOCIAL_SERVICES],
    places: ['{p} bendruomeniniai vaikų globos namai'],
    description: null,
  },
  {
    key: 'family-meeting',
    kind: K.LECTURE_FOR_RISK_GROUP,
    targetGroup: G.RISK_GROUP_FAMILIES,
    titles: [
      'Informacinis susitikimas socialinę riziką patiriančioms šeimoms apie darbą užsienyje',
    ],
    measures: ['4.1.1', '1.1.2'],
    participants: [6, 25],
    partners: [T.SOCIAL_SERVICES, T.EMPLOYMENT_SERVICE],
    places: ['{p} socialinių paslaugų centras'],
    description: 'Šeimoms pristatytos pagalbos galimybės ir pagalbos linijos numeris.',
  },
  {
    key: 'disability-lecture',
    kind: K.LECTURE_FOR_RISK_GROUP,
    targetGroup: G.PEOPLE_WITH_DISABILITIES,
    titles: ['Paskaita dienos centro lankytojams apie išnaudojimo požymius ir pagalbą'],
    measures: ['4.1.1'],
    participants: [8, 30],
    partners: [T.SOCIAL_SERVICES, T.HEALTH],
    places: ['{p} neįgaliųjų dienos centras'],
    description: null,
  },
  {
    key: 'rural-meeting',
    kind: K.LECTURE_FOR_RISK_GROUP,
    targetGroup: G.RURAL_AREAS,
    titles: ['Susitikimas su seniūnijos gyventojais apie priverstinio darbo požymius'],
    measures: ['4.1.1'],
    participants: [12, 60],
    partners: [T.POLICE, T.MUNICIPAL_ADMINISTRATION],
    places: ['{p} savivaldybės seniūnijos salė'],
    description: 'Gyventojams paaiškinta, kaip atpažinti apgaulingus darbo pasiūlymus.',
  },
  {
    key: 'specialist-training',
    kind: K.TRAINING_FOR_SPECIALISTS,
    targetGroup: G.SPECIALISTS,
    titles: [
      'Mokymai socialiniams darbuotojams „Aukų požymių atpažinimas ir nukreipimas pagalbai“',
      'Seminaras pedagogams ir visuomenės sveikatos specialistams apie prekybos žmonėmis formas',
    ],
    measures: ['2.1.2'],
    participants: [15, 45],
    partners: [T.SOCIAL_SERVICES, T.EDUCATION, T.HEALTH],
    places: ['{p} savivaldybės administracija, posėdžių salė', ONLINE],
    description: 'Dalyviams išduoti kvalifikacijos tobulinimo pažymėjimai.',
  },
  {
    key: 'police-training',
    kind: K.TRAINING_FOR_SPECIALISTS,
    targetGroup: G.SPECIALISTS,
    titles: [
      'Mokymai bendruomenės pareigūnams ir vaiko teisių specialistams apie vaikų išnaudojimą',
    ],
    measures: ['2.1.1'],
    participants: [12, 40],
    partners: [T.POLICE, T.CHILD_RIGHTS_PROTECTION],
    places: ['Apskrities vyriausiojo policijos komisariato mokymų klasė', ONLINE],
    description: null,
  },
  {
    key: 'leaflets-specialists',
    kind: K.OTHER,
    targetGroup: G.SPECIALISTS,
    titles: ['Aukų požymių atmintinių išplatinimas gydymo įstaigoms ir mokykloms'],
    measures: ['2.2.1'],
    participants: [20, 80],
    partners: [T.HEALTH, T.EDUCATION],
    places: [null],
    description: 'Atmintinės išsiųstos įstaigų vadovams ir aptartos pasitarimuose.',
  },
  {
    key: 'campaign',
    kind: K.INFORMATION_CAMPAIGN,
    targetGroup: G.GENERAL_PUBLIC,
    titles: [
      'Lankstinukų „Dirbk saugiai užsienyje“ platinimas Užimtumo tarnyboje',
      'Informacinė akcija apie saugų įsidarbinimą užsienyje',
    ],
    measures: ['4.1.2'],
    participants: [80, 600],
    partners: [T.EMPLOYMENT_SERVICE, T.MUNICIPAL_ADMINISTRATION],
    places: ['Užimtumo tarnybos klientų aptarnavimo salė', '{p} savivaldybės viešoji biblioteka'],
    description: null,
  },
  {
    key: 'eu-day',
    kind: K.INFORMATION_CAMPAIGN,
    targetGroup: G.GENERAL_PUBLIC,
    titles: ['Informacinė akcija Europos kovos su prekyba žmonėmis dienai paminėti'],
    measures: ['4.1.2'],
    participants: [150, 800],
    partners: [T.MUNICIPAL_ADMINISTRATION, T.POLICE, T.NGO],
    places: ['{p} savivaldybės centrinė aikštė'],
    description: 'Spalio 18-ąją gyventojams dalyta informacija apie pagalbos liniją.',
    onDay: '10-18',
  },
  {
    key: 'media',
    kind: K.MASS_MEDIA_PUBLICATION,
    targetGroup: G.GENERAL_PUBLIC,
    titles: [
      'Straipsnis vietos laikraštyje apie darbo išnaudojimo rizikas',
      'Radijo laida apie prekybos žmonėmis prevenciją ir pagalbos liniją',
      'Pranešimas savivaldybės svetainėje ir socialiniuose tinkluose apie pagalbos galimybes',
    ],
    measures: ['4.1.2'],
    participants: [0, 0],
    partners: [T.MUNICIPAL_ADMINISTRATION, T.POLICE],
    places: [null],
    description: null,
  },
  {
    key: 'round-table',
    kind: K.ROUND_TABLE,
    targetGroup: G.SPECIALISTS,
    titles: [
      'Daugiadalykis apskritasis stalas dėl aukų nukreipimo pagalbai',
      'Apskritasis stalas su NVO dėl pagalbos aukoms paslaugų',
    ],
    measures: ['1.2.1', '1.2.2'],
    participants: [10, 25],
    partners: [T.SOCIAL_SERVICES, T.POLICE, T.NGO, T.CHILD_RIGHTS_PROTECTION],
    places: ['{p} savivaldybės administracija, posėdžių salė'],
    description: 'Aptarti nukreipimo trukdžiai ir sutarta dėl kontaktinių asmenų.',
  },
  {
    key: 'ngo-support',
    kind: K.NGO_SUPPORT,
    targetGroup: G.OTHER,
    titles: [
      'Parama NVO apgyvendinimo paslaugoms prekybos žmonėmis aukoms',
      'Savivaldybės lėšos NVO kompleksinės pagalbos projektui',
    ],
    measures: ['1.1.1'],
    participants: [2, 10],
    partners: [T.NGO, T.SOCIAL_SERVICES],
    places: [null],
    description: 'Dalyvių skaičius – pagalbą gavusių asmenų skaičius, be jokių asmens duomenų.',
  },
  {
    key: 'community-event',
    kind: K.COMMUNITY_EVENT,
    targetGroup: G.GENERAL_PUBLIC,
    titles: ['Bendruomenės renginys su parapija apie saugią migraciją'],
    measures: ['4.2.2'],
    participants: [30, 200],
    partners: [T.NGO, T.MUNICIPAL_ADMINISTRATION],
    places: ['{p} savivaldybės kultūros centras'],
    description: null,
  },
];

export const activityTopic = (key: ActivityKey) => ACTIVITY_TOPICS.find((a) => a.key === key)!;
