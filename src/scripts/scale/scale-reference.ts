import { searchTextFor } from '../../database/search-text';
import { Institution } from '../../institutions/institution.entity';
import { Municipality } from '../../municipalities/municipality.entity';
import { InstitutionType as T } from '../../institutions/institution-type.enum';
import { PlanStatus } from '../../national-plans/plan-status.enum';
import { MUNICIPALITIES } from '../../reference-data/data/municipalities.data';
import { OTHER_MUNICIPALITIES, POPULATION_THOUSANDS } from './scale-municipalities.data';
import { namedUuid, Random } from './scale-random';
import type {
  IndicatorRef,
  InstitutionRef,
  MeasureRef,
  MunicipalityRef,
  PlanRef,
  ScaleContext,
} from './scale-types';
import { pick } from '../../demo-data/demo-people';
import type { BulkLoader } from './scale-bulk-insert';
import { writerFor } from './scale-tables';

/** The bodies every municipality has locally; county-level ones sit in the county centre. */
const LOCAL_BODIES: [T, (place: string) => string][] = [
  [T.MUNICIPAL_ADMINISTRATION, (p) => `${p} savivaldybės administracija`],
  [T.SOCIAL_SERVICES, (p) => `${p} socialinių paslaugų centras`],
  [T.EDUCATION, (p) => `${p} pedagoginė psichologinė tarnyba`],
  [T.HEALTH, (p) => `${p} savivaldybės visuomenės sveikatos biuras`],
];

const placeOf = (name: string) => name.replace(/ savivaldybė$/, '');

/**
 * Adds the 50 municipalities beyond the ten seeded ones, as an administrator would, with
 * their local bodies; ids are named by their natural keys like the seeded rows'.
 */
export async function addOtherMunicipalities(loader: BulkLoader, stamp: string): Promise<void> {
  const municipality = writerFor(loader, 'municipality');
  const institution = writerFor(loader, 'institution');
  for (const m of OTHER_MUNICIPALITIES) {
    const id = namedUuid(`municipality:${m.code}`);
    await municipality.add(
      ...[id, stamp, stamp, 1, m.code, m.name, m.nameEn, m.county, m.isoCode],
      searchTextFor(Municipality, m),
    );
    for (const [type, name] of LOCAL_BODIES) {
      const full = name(placeOf(m.name));
      await institution.add(
        namedUuid(`institution:${full}`),
        stamp,
        stamp,
        1,
        full,
        null,
        type,
        id,
        searchTextFor(Institution, { name: full }),
      );
    }
  }
}

/** The reference data the generator draws on, read back from the database. */
export class ReferenceData {
  private readonly planByYear = new Map<number, PlanRef>();

  private constructor(
    readonly municipalities: MunicipalityRef[],
    readonly institutions: InstitutionRef[],
    readonly plans: PlanRef[],
  ) {}

  static async load(ctx: ScaleContext): Promise<ReferenceData> {
    const q = (sql: string) => ctx.loader.runner.query(sql);
    const municipalities: MunicipalityRef[] = (
      await q('SELECT id, code, name, name_en, county FROM municipality ORDER BY code')
    ).map((r: Record<string, string>) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      county: r.county,
      place: placeOf(r.name),
      genitive: r.name.replace(/savivaldybė$/, 'savivaldybės'),
      population: POPULATION_THOUSANDS[r.code] ?? 20,
    }));
    const institutions: InstitutionRef[] = (
      await q('SELECT id, name, type, municipality_id FROM institution ORDER BY name')
    ).map((r: Record<string, string>) => ({
      id: r.id,
      name: r.name,
      type: r.type as T,
      municipalityId: r.municipality_id,
    }));
    const indicators: IndicatorRef[] = (
      await q('SELECT id, measure_id, name, unit, target_value FROM plan_indicator ORDER BY id')
    ).map((r: Record<string, string>) => ({
      id: r.id,
      measureId: r.measure_id,
      name: r.name,
      unit: r.unit,
      targetValue: Number(r.target_value),
    }));
    const measures: MeasureRef[] = (
      await q('SELECT id, code, plan_id FROM plan_measure ORDER BY plan_id, sort_order, code')
    ).map((r: Record<string, string>) => ({
      id: r.id,
      code: r.code,
      planId: r.plan_id,
      indicators: indicators.filter((i) => i.measureId === r.id),
    }));
    const plans: PlanRef[] = (
      await q('SELECT id, code, status, start_year, end_year FROM national_plan ORDER BY code')
    ).map((r: Record<string, string | number | null>) => {
      const own = measures.filter((m) => m.planId === r.id);
      return {
        id: String(r.id),
        code: String(r.code),
        status: r.status as PlanStatus,
        startYear: Number(r.start_year),
        endYear: r.end_year === null ? null : Number(r.end_year),
        measures: own,
        byCode: new Map(own.map((m) => [m.code, m])),
      };
    });
    return new ReferenceData(municipalities, institutions, plans);
  }

  get activePlan(): PlanRef {
    return this.plans.find((p) => p.status === PlanStatus.ACTIVE && p.code === 'KPZ-2024')!;
  }

  /**
   * The plan work of a year counts towards: the most recent one whose period covers the
   * year (2017–2019 → KPZ-2017, 2023 → the Public Security Programme's action plan).
   */
  planInYear(year: number): PlanRef {
    let plan = this.planByYear.get(year);
    if (!plan) {
      const covering = this.plans.filter(
        (p) => p.measures.length && p.startYear <= year && (p.endYear ?? 9999) >= year,
      );
      plan = covering.sort((a, b) => b.startYear - a.startYear)[0] ?? this.activePlan;
      this.planByYear.set(year, plan);
    }
    return plan;
  }

  /**
   * The measures a piece of work links to: the topic's KPZ-2024 codes where the plan has
   * them, otherwise one or two measures of that plan; never none, as the app requires.
   */
  measuresFor(random: Random, plan: PlanRef, codes: readonly string[], max = 3): MeasureRef[] {
    const found = codes.flatMap((c) => plan.byCode.get(c) ?? []);
    const chosen = found.length ? found : [pick(random, plan.measures)];
    if (chosen.length < max && random() < 0.25) {
      const extra = pick(random, plan.measures);
      if (!chosen.includes(extra)) chosen.push(extra);
    }
    return chosen.slice(0, max);
  }

  private centreOf(county: string): MunicipalityRef {
    const centres = MUNICIPALITIES.filter((m) => m.county === county).map((m) => m.code);
    return this.municipalities.find((m) => centres.includes(m.code))!;
  }

  /** A body of that type serving the municipality: local, else the county's, else national. */
  institutionFor(municipality: MunicipalityRef, type: T): InstitutionRef | undefined {
    const centre = this.centreOf(municipality.county);
    return (
      this.institutions.find((i) => i.type === type && i.municipalityId === municipality.id) ??
      this.institutions.find((i) => i.type === type && i.municipalityId === centre?.id) ??
      this.institutions.find((i) => i.type === type && i.municipalityId === null)
    );
  }

  byName(name: string): InstitutionRef | undefined {
    return this.institutions.find((i) => i.name === name);
  }
}
