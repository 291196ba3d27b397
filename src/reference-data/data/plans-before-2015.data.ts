import { PlanStatus } from '../../national-plans/plan-status.enum';
import { NATIONAL as N } from './institutions.data';
import { goal, indicator as ind, measure, objective, PlanSeed } from './plan-seed.types';

/** The programmes named in the Ministry's presentation on municipal THB prevention. */
export const PLANS_BEFORE_2015: PlanSeed[] = [
  {
    code: 'PZ-2002',
    title: 'Prekybos žmonėmis ir prostitucijos kontrolės bei prevencijos 2002–2004 m. programa',
    titleEn: 'Control and Prevention of THB and Prostitution Programme 2002–2004',
    adoptingAct: 'Lietuvos Respublikos Vyriausybės nutarimas Nr. 62 (Žin., 2002, Nr. 6-231)',
    adoptedOn: '2002-01-17',
    startYear: 2002,
    endYear: 2004,
    status: PlanStatus.CLOSED,
    notes:
      'The Ministry of the Interior coordinated it and reported to the Government at least every six months. Goals, objectives and measures are illustrative.',
    goals: [
      goal('1', 'Mažinti prekybos žmonėmis ir prostitucijos mastą', [
        objective('1.1', 'Vykdyti prevenciją ir informuoti visuomenę', [
          measure(
            '1.1.1',
            'Informacinės kampanijos apie prekybos žmonėmis pavojus',
            [N.MOI],
            '2004-12-31',
            [ind('Surengtos informacinės kampanijos', 'kampanijos', 0, 3, 2004)],
          ),
          measure('1.1.2', 'Teisėsaugos pareigūnų mokymai', [N.POLICE_DEPARTMENT], '2004-12-31', [
            ind('Apmokyti pareigūnai', 'asmenys', 0, 200, 2004),
          ]),
        ]),
      ]),
    ],
  },
  {
    code: 'PZ-2005',
    title: 'Prekybos žmonėmis prevencijos bei kontrolės 2005–2008 m. programa',
    titleEn: 'THB Prevention and Control Programme 2005–2008',
    adoptingAct: 'Lietuvos Respublikos Vyriausybės nutarimas Nr. 558 (Žin., 2005, Nr. 65-2333)',
    adoptedOn: '2005-05-19',
    startYear: 2005,
    endYear: 2008,
    status: PlanStatus.CLOSED,
    notes:
      'Broader than sexual exploitation. The Ministry of the Interior coordinated it and reported at least twice a year; municipalities were recommended to allocate funds. Tree rows are illustrative.',
    goals: [
      goal('1', 'Prekybos žmonėmis prevencija', [
        objective('1.1', 'Informuoti rizikos grupes', [
          measure(
            '1.1.1',
            'Informacinės kampanijos rizikos grupėms',
            [N.MOI, N.MESS],
            '2008-12-31',
            [ind('Informacinių renginių dalyviai', 'asmenys', null, 5000, 2008)],
          ),
          measure('1.1.2', 'Informacinės medžiagos rengimas ir platinimas', [N.MOI], '2008-12-31', [
            ind('Išplatinta leidinių', 'vnt.', null, 20000, 2008),
          ]),
        ]),
      ]),
      goal('2', 'Pagalba aukoms', [
        objective('2.1', 'Teikti socialinę ir teisinę pagalbą', [
          measure('2.1.1', 'NVO projektų aukoms padėti finansavimas', [N.MSSL], '2008-12-31', [
            ind('Pagalbą gavę asmenys', 'asmenys', null, 300, 2008),
          ]),
        ]),
      ]),
    ],
  },
  {
    code: 'PZ-2009',
    title: 'Prekybos žmonėmis prevencijos ir kontrolės 2009–2012 m. programa',
    titleEn: 'THB Prevention and Control Programme 2009–2012',
    adoptingAct: 'Lietuvos Respublikos Vyriausybės nutarimas Nr. 1104',
    adoptedOn: '2009-09-09',
    startYear: 2009,
    endYear: 2012,
    status: PlanStatus.CLOSED,
    notes:
      "Municipalities, the Prosecutor General's Office, the National Courts Administration and the Law Institute were recommended to take part. Its prevention chapter: information campaigns for risk groups, training, information material. Measure 3.1.1 (task forces in 10 major municipalities) is from the Ministry's presentation; other rows are illustrative.",
    goals: [
      goal('1', 'Prekybos žmonėmis prevencija', [
        objective('1.1', 'Informacinės kampanijos, ypač rizikos grupėms', [
          measure(
            '1.1.1',
            'Informacinės kampanijos mokyklose, vaikų globos namuose ir rizikos šeimoms',
            [N.MOI, N.MESS, N.LOCAL_AUTHORITIES],
            '2012-12-31',
            [ind('Kampanijų dalyviai', 'asmenys', 0, 10000, 2012)],
          ),
          measure('1.1.2', 'Informacinės medžiagos rengimas', [N.MOI], '2012-12-31', [
            ind('Išleista leidinių', 'vnt.', 0, 30000, 2012),
          ]),
        ]),
        objective('1.2', 'Specialistų mokymas', [
          measure(
            '1.2.1',
            'Policijos, prokurorų ir teisėjų mokymai',
            [N.POLICE_DEPARTMENT, N.PROSECUTOR_GENERAL, N.COURTS_ADMINISTRATION],
            '2012-12-31',
            [ind('Apmokyti specialistai', 'asmenys', 0, 600, 2012)],
          ),
        ]),
      ]),
      goal('2', 'Pagalba aukoms ir rizikos grupėms', [
        objective('2.1', 'Užtikrinti socialinę ir teisinę pagalbą', [
          measure(
            '2.1.1',
            'Aukų socialinės reabilitacijos ir integracijos projektai',
            [N.MSSL, N.CARITAS],
            '2012-12-31',
            [ind('Pagalbą gavusios aukos', 'asmenys', 0, 400, 2012)],
          ),
        ]),
      ]),
      goal('3', 'Koordinavimas ir bendradarbiavimas', [
        objective('3.1', 'Stiprinti tarpinstitucinį bendradarbiavimą savivaldybėse', [
          measure(
            '3.1.1',
            'Sudaryti daugiadalykes kovos su prekyba žmonėmis koordinavimo grupes 10 didžiųjų savivaldybių',
            [N.MOI, N.LOCAL_AUTHORITIES],
            '2012-12-31',
            [ind('Sudarytos savivaldybių darbo grupės', 'grupės', 0, 10, 2012)],
            true,
          ),
        ]),
      ]),
    ],
  },
  {
    code: 'NNPKP-2013',
    title:
      'Nacionalinės nusikaltimų prevencijos ir kontrolės programos įgyvendinimo tarpinstitucinis veiklos planas',
    titleEn:
      'Interinstitutional Action Plan 2013–2015 of the National Crime Prevention and Control Programme',
    adoptingAct: 'Lietuvos Respublikos Vyriausybės nutarimas Nr. 1381',
    adoptedOn: '2012-11-14',
    startYear: 2013,
    endYear: 2015,
    status: PlanStatus.CLOSED,
    notes:
      'One of its two chapters covers THB only. Its THB objectives: train specialists, comprehensive assistance to victims, cooperation, international and regional cooperation; with special police measures. The Lithuanian wording of the rows is illustrative.',
    goals: [
      goal('1', 'Kova su prekyba žmonėmis', [
        objective('1.1', 'Specialistų mokymas', [
          measure(
            '1.1.1',
            'Specialiosios policijos priemonės prekybai žmonėmis nustatyti',
            [N.POLICE_DEPARTMENT, N.CRIMINAL_POLICE_BUREAU],
            '2015-12-31',
            [ind('Atliktos specialiosios operacijos', 'operacijos', null, 30, 2015)],
          ),
          measure(
            '1.1.2',
            'Specialistų kvalifikacijos tobulinimas aukų nustatymo klausimais',
            [N.MOI, N.CHILD_RIGHTS_SERVICE],
            '2015-12-31',
            [ind('Apmokyti specialistai', 'asmenys', null, 500, 2015)],
          ),
        ]),
        objective('1.2', 'Kompleksinė pagalba aukoms', [
          measure(
            '1.2.1',
            'Kompleksinės pagalbos aukoms ir rizikos grupėms teikimas',
            [N.MSSL, N.CARITAS],
            '2015-12-31',
            [ind('Pagalbą gavę asmenys', 'asmenys', null, 350, 2015)],
          ),
        ]),
        objective('1.3', 'Bendradarbiavimas', [
          measure(
            '1.3.1',
            'Tarpinstitucinis bendradarbiavimas nustatant aukas',
            [N.MOI, N.PROSECUTOR_GENERAL],
            '2015-12-31',
            [ind('Suderintos aukų nustatymo rekomendacijos', 'dokumentai', 0, 1, 2015)],
          ),
        ]),
        objective('1.4', 'Tarptautinis ir regioninis bendradarbiavimas', [
          measure(
            '1.4.1',
            'Dalyvavimas ADSTRINGO, ES Baltijos jūros regiono strategijos ir TF-THB veikloje',
            [N.MOI, N.MFA],
            '2015-12-31',
            [ind('Tarptautiniai projektai ir susitikimai', 'renginiai', null, 12, 2015)],
          ),
        ]),
      ]),
    ],
  },
];
