import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paginate } from '../common/pagination/paginate';
import { InstitutionsArgs } from './dto/institutions.args';
import { Institution } from './institution.entity';
import { searchPattern, searchTextMatches } from '../database/like-pattern';

@Injectable()
export class InstitutionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(args: InstitutionsArgs) {
    const query = this.dataSource.getRepository(Institution).createQueryBuilder('institution');
    if (args.type) query.andWhere('institution.type = :type', { type: args.type });
    if (args.municipalityId) {
      query.andWhere('institution.municipalityId = :municipalityId', {
        municipalityId: args.municipalityId,
      });
    }
    if (args.national !== undefined) {
      query.andWhere(`institution.municipalityId IS ${args.national ? '' : 'NOT '}NULL`);
    }
    if (args.search) {
      query.andWhere(searchTextMatches('institution', ':search'), {
        search: searchPattern(args.search),
      });
    }
    return paginate(query, args, { property: 'name', direction: 'ASC' });
  }
}
