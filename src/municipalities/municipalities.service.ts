import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paginate } from '../common/pagination/paginate';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { Municipality } from './municipality.entity';
import { LIKE_ESCAPE, likeContains } from '../database/like-pattern';

@Injectable()
export class MunicipalitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(args: MunicipalitiesArgs) {
    const query = this.dataSource.getRepository(Municipality).createQueryBuilder('municipality');
    if (args.search) {
      query.andWhere(
        `(municipality.name LIKE :search ${LIKE_ESCAPE} OR municipality.nameEn LIKE :search ${LIKE_ESCAPE} OR municipality.code = :code)`,
        { search: likeContains(args.search), code: args.search },
      );
    }
    return paginate(query, args, { property: 'code', direction: 'ASC' });
  }
}
