import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JoinTableLink, loadLinked } from '../common/dataloader/request-loaders';
import { notFound } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { Institution } from '../institutions/institution.entity';
import { NationalPlansArgs } from './dto/national-plans.args';
import { NationalPlan } from './national-plan.entity';
import { COVERS_YEAR } from './plan-lifecycle';

const RESPONSIBLE_INSTITUTIONS: JoinTableLink = {
  table: 'plan_measure_responsible_institution',
  ownerColumn: 'measure_id',
  targetColumn: 'institution_id',
};

@Injectable()
export class NationalPlansService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest plans first. */
  list(args: NationalPlansArgs) {
    const query = this.dataSource.getRepository(NationalPlan).createQueryBuilder('plan');
    if (args.status) query.andWhere('plan.status = :status', { status: args.status });
    if (args.activeOn) {
      const year = Number(args.activeOn.slice(0, 4));
      query.andWhere(COVERS_YEAR('plan'), { year });
    }
    return paginate(query, args, { property: 'startYear', direction: 'DESC' });
  }

  async get(id: string): Promise<NationalPlan> {
    const plan = await this.dataSource.getRepository(NationalPlan).findOneBy({ id });
    if (!plan) throw notFound('National plan', id);
    return plan;
  }

  /** Responsible institutions of many measures in one joined query, in key order. */
  responsibleInstitutions(measureIds: readonly string[]): Promise<Institution[][]> {
    return loadLinked(
      this.dataSource.manager,
      Institution,
      RESPONSIBLE_INSTITUTIONS,
      measureIds,
      'name',
    );
  }
}
