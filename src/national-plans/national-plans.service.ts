import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { Institution } from '../institutions/institution.entity';
import { NationalPlansArgs } from './dto/national-plans.args';
import { NationalPlan } from './national-plan.entity';

@Injectable()
export class NationalPlansService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest plans first. */
  list(args: NationalPlansArgs) {
    const query = this.dataSource.getRepository(NationalPlan).createQueryBuilder('plan');
    if (args.status) query.andWhere('plan.status = :status', { status: args.status });
    if (args.activeOn) {
      const year = Number(args.activeOn.slice(0, 4));
      query.andWhere(
        'plan.startYear <= :year AND (plan.endYear IS NULL OR plan.endYear >= :year)',
        { year },
      );
    }
    return paginate(query, args, { property: 'startYear', direction: 'DESC' });
  }

  async get(id: string): Promise<NationalPlan> {
    const plan = await this.dataSource.getRepository(NationalPlan).findOneBy({ id });
    if (!plan) throw notFound('National plan', id);
    return plan;
  }

  /** Responsible institutions of many measures in one joined query, in key order. */
  async responsibleInstitutions(measureIds: readonly string[]): Promise<Institution[][]> {
    const { entities, raw } = await this.dataSource
      .getRepository(Institution)
      .createQueryBuilder('institution')
      .innerJoin(
        'plan_measure_responsible_institution',
        'link',
        'link.institution_id = institution.id',
      )
      .addSelect('link.measure_id', 'link_measure_id')
      .where('link.measure_id IN (:...measureIds)', { measureIds })
      .orderBy('institution.name', 'ASC')
      .getRawAndEntities();
    const byMeasure = new Map<string, Institution[]>(measureIds.map((id) => [id, []]));
    const byId = new Map(entities.map((institution) => [institution.id, institution]));
    for (const row of raw as Record<string, string>[]) {
      byMeasure.get(row.link_measure_id)?.push(byId.get(row.institution_id)!);
    }
    return measureIds.map((id) => byMeasure.get(id) ?? []);
  }
}
