import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paginate } from '../common/pagination/paginate';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { Municipality } from './municipality.entity';
import { searchPattern, searchTextMatches } from '../database/like-pattern';

@Injectable()
export class MunicipalitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(args: MunicipalitiesArgs) {
    const query = this.dataSource.getRepository(Municipality).createQueryBuilder('municipality');
    if (args.search) {
      query.andWhere(
        `(${searchTextMatches('municipality', ':search')} OR municipality.code = :code)`,
        { search: searchPattern(args.search), code: args.search.trim() },
      );
    }
    return paginate(query, args, { property: 'code', direction: 'ASC' });
  }
}
