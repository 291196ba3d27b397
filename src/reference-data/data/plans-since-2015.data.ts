import { PlanStatus } from '../../national-plans/plan-status.enum';
import { NATIONAL as N } from './institutions.data';
import { goal, indicator as ind, measure, objective, PlanSeed } from './plan-seed.types';

const PREVENTION_PLAN_GOAL = 'Sukurti gyvenamąją aplinką, saugią nuo nusikalstamų veikų';
const THB_OBJECTIVE = 'Plėtoti veiksmingą kovą su prekyba žmonėmis';

export const PLANS_SINCE_2015: PlanSeed[] = [
  {
    code: 'VSPP-2015',
    title: 'Viešojo saugumo plėtros 2015–2025 metų programa',
    titleEn: 'Public Security Development Programme 2015–2025',
    adoptingAct: 'Lietuvos Respublikos Seimo nutarimas Nr. XII-1682 (įsigaliojo 2015-07-01)',
    adoptedOn: '2015-05-07',
    startYear: 2015,
    endYear: 2025,
    status: PlanStatus.CLOSED,
    notes:
      'Replaced the National Crime Prevention and Control Programme; the Government adopts its interinstitutional action plan. Sub-paragraph 45.5 sets the objective to combat THB effectively; the code 1.5 and the measures are illustrative.',
    goals: [
      goal('1', PREVENTION_PLAN_GOAL, [
        objective('1.5', THB_OBJECTIVE, [
          measure(
            '1.5.1',
            'Užtikrinti prekybos žmonėmis prevencijos, aukų nustatymo ir pagalbos joms sistemą',
            [N.MOI],
            '2025-12-31',
            [ind('Nustatytos prekybos žmonėmis aukos', 'asmenys', 49, 80, 2025)],
          ),
          measure(
            '1.5.2',
            'Stiprinti kovą su organizuotu nusikalstamumu, susijusiu su prekyba žmonėmis',
            [N.POLICE_DEPARTMENT, N.PROSECUTOR_GENERAL],
            '2025-12-31',
            [ind('Ikiteisminiai tyrimai dėl prekybos žmonėmis', 'tyrimai', 19, 30, 2025)],
          ),
        ]),
      ]),
    ],
  },
  {
    code: 'VSPP-TVP',
    title:
      'Viešojo saugumo plėtros 2015–2025 metų programos įgyvendinimo tarpinstitucinis veiklos planas',
    titleEn: 'Interinstitutional Action Plan of the Public Security Development Programme',
    adoptingAct:
      'Lietuvos Respublikos Vyriausybės nutarimas Nr. 370 (pakeistas nutarimais Nr. 1039, 2016-10-19, ir Nr. 1041, 2017-12-13)',
    adoptedOn: '2016-04-13',
    startYear: 2016,
    endYear: 2025,
    status: PlanStatus.CLOSED,
    notes:
      'Rolling plan with three-year budgets. Goal 1, objective 1.1 and measure 1.1.1 are quoted from the plan; objective 1.5 is inferred from Programme §45.5 and its measures are illustrative, not official.',
    goals: [
      goal(
        '1',
        PREVENTION_PLAN_GOAL,
        [
          objective(
            '1.1',
            'Padidinti nusikalstamų veikų ir kitų teisės pažeidimų prevencijos veiksmingumą',
            [
              measure(
                '1.1.1',
                'Rengti ir įgyvendinti nusikalstamų veikų ir kitų teisės pažeidimų prevencijos programas',
                [N.POLICE_DEPARTMENT],
                '2025-12-31',
                [ind('Įgyvendintos prevencijos programos', 'programos', null, 10, 2025)],
                true,
              ),
            ],
            true,
          ),
          objective('1.5', THB_OBJECTIVE, [
            measure(
              '1.5.1',
              'Specialistų mokymas ir kvalifikacijos tobulinimas',
              [N.MOI, N.POLICE_DEPARTMENT, N.CHILD_RIGHTS_SERVICE],
              '2025-12-31',
              [ind('Apmokyti specialistai', 'asmenys', 300, 1500, 2025)],
            ),
            measure(
              '1.5.2',
              'Pagalba prekybos žmonėmis aukoms (NVO projektai)',
              [N.MSSL, N.CARITAS, N.ANTI_TRAFFICKING_CENTRE],
              '2025-12-31',
              [ind('Kompleksinę pagalbą gavusios aukos', 'asmenys', 150, 250, 2025)],
            ),
            measure(
              '1.5.3',
              'Prevencija ir visuomenės informavimas',
              [N.MOI, N.MESS],
              '2025-12-31',
              [ind('Prevencinių renginių dalyviai', 'asmenys', null, 20000, 2025)],
            ),
            measure(
              '1.5.4',
              'Tarptautinis bendradarbiavimas',
              [N.MOI, N.MFA, N.IOM],
              '2025-12-31',
              [ind('Bendri tarptautiniai tyrimai ir projektai', 'vnt.', null, 15, 2025)],
            ),
          ]),
        ],
        true,
      ),
    ],
  },
  {
    code: 'KPZ-2017',
    title: 'Kovos su prekyba žmonėmis 2017–2019 m. veiksmų planas',
    titleEn: 'National Action Plan against THB 2017–2019',
    adoptingAct: null,
    adoptedOn: null,
    startYear: 2017,
    endYear: 2019,
    status: PlanStatus.CLOSED,
    notes:
      'Its approval is confirmed by the US TIP report 2017 and GRETA 2019; the adopting act was not found. Tree rows are illustrative.',
    goals: [
      goal('1', 'Veiksmingesnis aukų nustatymas ir pagalba', [
        objective('1.1', 'Nustatyti aukas, ypač vaikus, savivaldybėse', [
          measure(
            '1.1.1',
            'Policijos ir vaiko teisių apsaugos specialistų mokymai aukoms nustatyti',
            [N.POLICE_DEPARTMENT, N.CHILD_RIGHTS_SERVICE],
            '2019-12-31',
            [ind('Apmokyti specialistai', 'asmenys', null, 400, 2019)],
          ),
          measure(
            '1.1.2',
            'Aukų nustatymo ir nukreipimo tvarkos taikymas visoje šalyje, ypač kaimo vietovėse',
            [N.MOI, N.LOCAL_AUTHORITIES],
            '2019-12-31',
            [ind('Savivaldybės, patvirtinusios koordinavimo tvarką', 'savivaldybės', 2, 30, 2019)],
          ),
        ]),
      ]),
      goal('2', 'Prevencija ir bendradarbiavimas', [
        objective('2.1', 'Informuoti visuomenę ir rizikos grupes', [
          measure(
            '2.1.1',
            'Informacinės kampanijos socialiai pažeidžiamiems mažas pajamas gaunantiems žmonėms',
            [N.MOI, N.MSSL],
            '2019-12-31',
            [ind('Kampanijų pasiekti asmenys', 'asmenys', null, 50000, 2019)],
          ),
          measure(
            '2.1.2',
            'Bendradarbiavimas su užsienio lietuvių bendruomenėmis ir diplomatinėmis atstovybėmis',
            [N.MFA, N.IOM],
            '2019-12-31',
            [ind('Bendri renginiai su diaspora', 'renginiai', null, 10, 2019)],
          ),
        ]),
      ]),
    ],
  },
  {
    code: 'KPZ-2020',
    title: 'Kovos su prekyba žmonėmis 2020–2022 m. veiksmų planas',
    titleEn: 'Action Plan against THB 2020–2022',
    adoptingAct: 'Lietuvos Respublikos vidaus reikalų ministro įsakymas Nr. 1V-577',
    adoptedOn: '2020-06-12',
    startYear: 2020,
    endYear: 2022,
    status: PlanStatus.CLOSED,
    notes: 'Adopting act confirmed; goals, objectives and measures are illustrative.',
    goals: [
      goal('1', 'Prekybos žmonėmis prevencija', [
        objective('1.1', 'Tikslinė prevencija rizikos grupėms', [
          measure(
            '1.1.1',
            'Paskaitos ir užsiėmimai mokyklose ir vaikų globos įstaigose',
            [N.MESS, N.LOCAL_AUTHORITIES],
            '2022-12-31',
            [ind('Užsiėmimų dalyviai', 'asmenys', null, 15000, 2022)],
          ),
          measure(
            '1.1.2',
            'Informacija apie prekybą žmonėmis visuomenės informavimo priemonėse',
            [N.MOI],
            '2022-12-31',
            [ind('Publikacijos ir laidos', 'vnt.', null, 120, 2022)],
          ),
        ]),
      ]),
      goal('2', 'Aukų nustatymas, pagalba ir baudžiamasis persekiojimas', [
        objective('2.1', 'Gerinti aukų nustatymą ir nukreipimą', [
          measure(
            '2.1.1',
            'Darbo inspektorių ir pasieniečių mokymai priverstinio darbo požymiams atpažinti',
            [N.LABOUR_INSPECTORATE, N.BORDER_GUARD],
            '2022-12-31',
            [ind('Apmokyti pareigūnai', 'asmenys', null, 300, 2022)],
          ),
          measure(
            '2.1.2',
            'Nukentėjusiųjų apsauga ikiteisminio tyrimo ir teismo metu',
            [N.PROSECUTOR_GENERAL, N.MOJ],
            '2022-12-31',
            [
              ind(
                'Nukentėjusieji, kuriems taikytos apsaugos priemonės',
                'asmenys',
                null,
                100,
                2022,
              ),
            ],
          ),
        ]),
        objective('2.2', 'Stiprinti tyrimus', [
          measure(
            '2.2.1',
            'Ikiteisminio tyrimo pareigūnų mokymai',
            [N.POLICE_DEPARTMENT, N.PROSECUTOR_GENERAL],
            '2022-12-31',
            [ind('Apmokyti tyrėjai ir prokurorai', 'asmenys', null, 200, 2022)],
          ),
        ]),
      ]),
    ],
  },
  {
    code: 'KPZ-2024',
    title: 'Kovos su prekyba žmonėmis 2024–2026 m. veiksmų planas',
    titleEn: 'Action Plan against THB 2024–2026',
    adoptingAct: 'Lietuvos Respublikos vidaus reikalų ministro įsakymas Nr. 1V-474',
    adoptedOn: '2024-07-29',
    startYear: 2024,
    endYear: 2026,
    status: PlanStatus.ACTIVE,
    notes:
      'Confirmed aims: better referral of victims, better identification skills of specialists, more effective prosecution, targeted prevention. The official plan numbers its measures like "04.02" (the diaspora prevention projects competition); here they are arranged goal → objective → measure and their wording is illustrative.',
    goals: [
      goal('1', 'Geresnis aukų nukreipimas pagalbai', [
        objective('1.1', 'Užtikrinti kompleksinę pagalbą aukoms ir rizikos grupėms', [
          measure(
            '1.1.1',
            'Finansuoti NVO kompleksinės pagalbos aukoms projektus',
            [N.MSSL, N.CARITAS, N.ANTI_TRAFFICKING_CENTRE],
            '2026-12-31',
            [ind('Kompleksinę pagalbą gavusios aukos', 'asmenys', 180, 300, 2026)],
          ),
          measure(
            '1.1.2',
            'Teikti socialinę ir teisinę pagalbą rizikos grupių asmenims savivaldybėse',
            [N.LOCAL_AUTHORITIES, N.MSSL],
            '2026-12-31',
            [ind('Pagalbą gavę rizikos grupių asmenys', 'asmenys', null, 600, 2026)],
          ),
        ]),
        objective('1.2', 'Stiprinti daugiadalykį bendradarbiavimą ir koordinavimą', [
          measure(
            '1.2.1',
            'Savivaldybių kovos su prekyba žmonėmis darbo grupių posėdžiai ir apskritieji stalai',
            [N.MOI, N.LOCAL_AUTHORITIES],
            '2026-12-31',
            [ind('Surengti daugiadalykiai apskritieji stalai', 'renginiai', null, 40, 2026)],
          ),
          measure(
            '1.2.2',
            'Aukų nustatymo ir nukreipimo rekomendacijų taikymas savivaldybėse',
            [N.MOI, N.PROSECUTOR_GENERAL, N.MSSL],
            '2026-12-31',
            [ind('Savivaldybės, taikančios nukreipimo tvarką', 'savivaldybės', 10, 60, 2026)],
          ),
        ]),
      ]),
      goal('2', 'Geresni specialistų gebėjimai nustatyti aukas', [
        objective('2.1', 'Mokyti specialistus', [
          measure(
            '2.1.1',
            'Mokymai policijos pareigūnams ir vaiko teisių apsaugos specialistams',
            [N.POLICE_DEPARTMENT, N.CHILD_RIGHTS_SERVICE],
            '2026-12-31',
            [ind('Apmokyti specialistai', 'asmenys', 250, 800, 2026)],
          ),
          measure(
            '2.1.2',
            'Mokymai socialiniams darbuotojams, pedagogams ir sveikatos priežiūros specialistams',
            [N.MSSL, N.MESS, N.MOH],
            '2026-12-31',
            [ind('Apmokyti specialistai', 'asmenys', null, 1000, 2026)],
          ),
          measure(
            '2.1.3',
            'Darbo inspektorių, pasieniečių ir migracijos pareigūnų mokymai',
            [N.LABOUR_INSPECTORATE, N.BORDER_GUARD, N.MIGRATION],
            '2026-12-31',
            [ind('Apmokyti pareigūnai', 'asmenys', null, 400, 2026)],
          ),
        ]),
        objective('2.2', 'Parengti metodinę ir informacinę medžiagą', [
          measure(
            '2.2.1',
            'Aukų požymių atmintinės ir metodinės rekomendacijos specialistams',
            [N.MOI],
            '2025-12-31',
            [ind('Išplatinta atmintinių', 'vnt.', null, 10000, 2025)],
          ),
        ]),
      ]),
      goal('3', 'Veiksmingesnis baudžiamasis persekiojimas', [
        objective('3.1', 'Stiprinti tyrimus ir nukentėjusiųjų apsaugą', [
          measure(
            '3.1.1',
            'Specialiosios policijos priemonės ir bendri tyrimai',
            [N.POLICE_DEPARTMENT, N.CRIMINAL_POLICE_BUREAU],
            '2026-12-31',
            [ind('Pradėti ikiteisminiai tyrimai', 'tyrimai', 20, 35, 2026)],
          ),
          measure(
            '3.1.2',
            'Nukentėjusiųjų teisių apsauga ikiteisminio tyrimo ir teismo metu',
            [N.PROSECUTOR_GENERAL, N.COURTS_ADMINISTRATION],
            '2026-12-31',
            [ind('Ikiteisminio tyrimo pareigūnų ir prokurorų mokymai', 'asmenys', null, 150, 2026)],
          ),
        ]),
        objective('3.2', 'Tarptautinis bendradarbiavimas', [
          measure(
            '3.2.1',
            'Bendros tyrimų grupės ir dalyvavimas tarptautinėse iniciatyvose',
            [N.CRIMINAL_POLICE_BUREAU, N.MFA, N.IOM],
            '2026-12-31',
            [ind('Tarptautiniai bendradarbiavimo renginiai', 'renginiai', null, 12, 2026)],
          ),
        ]),
      ]),
      goal('4', 'Tikslinė prevencija', [
        objective('4.1', 'Informacinės kampanijos rizikos grupėms', [
          measure(
            '4.1.1',
            'Paskaitos mokyklose, vaikų globos įstaigose, rizikos šeimoms ir neįgaliesiems, mažuose miesteliuose ir kaimo vietovėse',
            [N.MESS, N.LOCAL_AUTHORITIES],
            '2026-12-31',
            [
              ind('Paskaitų dalyviai', 'asmenys', null, 12000, 2026),
              ind('Surengtos paskaitos', 'renginiai', null, 300, 2026),
            ],
          ),
          measure(
            '4.1.2',
            'Informacinės kampanijos visuomenės informavimo priemonėse',
            [N.MOI],
            '2026-12-31',
            [ind('Publikacijos ir laidos', 'vnt.', null, 150, 2026)],
          ),
        ]),
        objective('4.2', 'Prevencija užsienyje gyvenantiems Lietuvos žmonėms', [
          measure(
            '4.2.1',
            'Diasporos prevencinių projektų konkursas (plane – priemonė 04.02)',
            [N.MFA, N.MOI],
            '2026-12-31',
            [ind('Finansuoti diasporos projektai', 'projektai', null, 6, 2026)],
          ),
          measure(
            '4.2.2',
            'Bendradarbiavimas su Bažnyčia ir bendruomenėmis (Santa Marta grupės iniciatyvos)',
            [N.GOVERNMENT_OFFICE, N.CARITAS],
            '2026-12-31',
            [ind('Bendri renginiai', 'renginiai', null, 8, 2026)],
          ),
        ]),
      ]),
    ],
  },
];
