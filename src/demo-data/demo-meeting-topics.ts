import { InstitutionType as T } from '../institutions/institution-type.enum';
import { DecisionKind as K } from '../meetings/meeting.enums';
import { NATIONAL } from '../reference-data/data/institutions.data';

/** An agenda item the demo task forces discuss, with the decision it usually ends in. */
export interface Topic {
  title: string;
  /** Codes of the KPZ-2024 measures it concerns. */
  measures: string[];
  /** Who usually presents it. */
  presenter: T;
  summary: string;
  decision: { kind: K; text: string };
}

export const TOPICS: Topic[] = [
  {
    title: 'Dėl darbo grupės veiklos plano įgyvendinimo',
    measures: ['1.2.1'],
    presenter: T.MUNICIPAL_ADMINISTRATION,
    summary: 'Sekretorė pristatė, kurios plano priemonės įvykdytos, o kurios vėluoja.',
    decision: {
      kind: K.RESOLUTION,
      text: 'Pritarti veiklos plano įgyvendinimo ataskaitai ir paskelbti ją savivaldybės interneto svetainėje.',
    },
  },
  {
    title: 'Dėl nustatytų prekybos žmonėmis atvejų ir aukų nukreipimo pagalbai',
    measures: ['1.2.2'],
    presenter: T.POLICE,
    summary: 'Aptarti atvejai, kai asmenys nukreipti pagalbai, ir nukreipimo trukmė.',
    decision: {
      kind: K.RECOMMENDATION,
      text: 'Rekomenduoti socialinių paslaugų centrui paskirti atvejo vadybininką kiekvienam nukreiptam asmeniui per tris darbo dienas.',
    },
  },
  {
    title: 'Dėl mokymų socialiniams darbuotojams ir pedagogams',
    measures: ['2.1.2'],
    presenter: T.EDUCATION,
    summary: 'Aptarta mokymų programa, dalyvių sąrašai ir lektoriai.',
    decision: {
      kind: K.RESOLUTION,
      text: 'Iki ketvirčio pabaigos surengti vienos dienos mokymus apie aukų požymių atpažinimą.',
    },
  },
  {
    title: 'Dėl prevencinių užsiėmimų mokyklose ir vaikų globos įstaigose',
    measures: ['4.1.1'],
    presenter: T.CHILD_RIGHTS_PROTECTION,
    summary: 'Pristatytas užsiėmimų grafikas; prioritetas – vyresnių klasių mokiniai.',
    decision: {
      kind: K.RESOLUTION,
      text: 'Patvirtinti prevencinių užsiėmimų grafiką ir atsakingus vykdytojus.',
    },
  },
  {
    title: 'Dėl informacinės kampanijos apie saugų darbą užsienyje',
    measures: ['4.1.2'],
    presenter: T.EMPLOYMENT_SERVICE,
    summary: 'Aptarta, kaip pasiekti jaunimą ir ieškančius darbo užsienyje.',
    decision: {
      kind: K.PROPOSAL_TO_COMMISSION,
      text: 'Siūlyti Koordinavimo komisijai parengti bendrą nacionalinės kampanijos medžiagą, kurią savivaldybės galėtų pritaikyti.',
    },
  },
  {
    title: 'Dėl pagalbos aukoms paslaugų ir NVO projektų',
    measures: ['1.1.1', '1.1.2'],
    presenter: T.SOCIAL_SERVICES,
    summary: 'Apžvelgtos teikiamos paslaugos ir NVO projektų finansavimo galimybės.',
    decision: {
      kind: K.RECOMMENDATION,
      text: 'Rekomenduoti savivaldybės administracijai numatyti lėšų apgyvendinimo paslaugoms aukoms.',
    },
  },
  {
    title: 'Dėl aukų požymių atmintinės platinimo specialistams',
    measures: ['2.2.1'],
    presenter: T.HEALTH,
    summary: 'Atmintinė išplatinta sveikatos priežiūros įstaigoms ir mokykloms.',
    decision: { kind: K.INFORMATION, text: 'Informacija apie atmintinės platinimą išklausyta.' },
  },
  {
    title: 'Dėl policijos prevencinių priemonių ir bendrų patikrinimų rezultatų',
    measures: ['3.1.1'],
    presenter: T.POLICE,
    summary: 'Pristatyti bendrų patikrinimų rezultatai ir pradėti ikiteisminiai tyrimai.',
    decision: { kind: K.INFORMATION, text: 'Informacija apie patikrinimų rezultatus išklausyta.' },
  },
  {
    title: 'Dėl nukentėjusiųjų teisių apsaugos ikiteisminio tyrimo metu',
    measures: ['3.1.2'],
    presenter: T.PROSECUTION,
    summary: 'Aptarta, kaip išvengti pakartotinių nukentėjusiųjų apklausų.',
    decision: {
      kind: K.RECOMMENDATION,
      text: 'Rekomenduoti nukentėjusiuosius apklausti pritaikytose patalpose ir dalyvaujant psichologui.',
    },
  },
  {
    title: 'Dėl darbo išnaudojimo rizikos įdarbinant trečiųjų šalių piliečius',
    measures: [],
    presenter: T.EMPLOYMENT_SERVICE,
    summary: 'Aptarti signalai apie įdarbinimo agentūras ir apgyvendinimo sąlygas.',
    decision: {
      kind: K.PROPOSAL_TO_COMMISSION,
      text: 'Siūlyti Koordinavimo komisijai inicijuoti bendrus Valstybinės darbo inspekcijos ir Migracijos departamento patikrinimus.',
    },
  },
  {
    title: 'Dėl bendradarbiavimo su bendruomenėmis ir religinėmis organizacijomis',
    measures: ['4.2.2'],
    presenter: T.NGO,
    summary: 'Aptarta, kaip parapijos ir bendruomenės gali padėti pastebėti rizikos atvejus.',
    decision: {
      kind: K.RESOLUTION,
      text: 'Pavesti sekretoriui suderinti bendro renginio su bendruomenių atstovais datą.',
    },
  },
];

/** The closed part of a confidential meeting, where individual cases are discussed. */
export const CASE_REVIEW: Topic = {
  title: 'Konkrečių atvejų aptarimas (uždara dalis)',
  measures: ['1.2.2'],
  presenter: T.POLICE,
  summary: 'Aptarti du atvejai, kuriems reikia kelių institucijų veiksmų.',
  decision: {
    kind: K.RECOMMENDATION,
    text: 'Rekomenduoti policijai ir socialinių paslaugų centrui sudaryti bendrą pagalbos planą abiem atvejams.',
  },
};

export const MEETING_TITLES = [
  'Eilinis darbo grupės posėdis',
  'Darbo grupės posėdis',
  'Išplėstinis darbo grupės posėdis su NVO atstovais',
];

export const CONFIDENTIAL_TITLE = 'Uždaras darbo grupės posėdis';

export const CANCELLATION_REASONS = [
  'Nebūtų kvorumo: dalis narių tuo metu dalyvauja nacionaliniuose mokymuose.',
  'Posėdis atšauktas dėl pirmininko ligos; klausimai perkelti į kitą posėdį.',
  'Svarstyti klausimai išspręsti rašytinės procedūros būdu, posėdžio nereikia.',
];

/** Bodies whose officers are invited as guests now and then. */
export const GUEST_INSTITUTIONS = [
  NATIONAL.LABOUR_INSPECTORATE,
  NATIONAL.MIGRATION,
  NATIONAL.BORDER_GUARD,
  NATIONAL.CARITAS,
];
