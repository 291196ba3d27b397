import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paginate } from '../common/pagination/paginate';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { Municipality } from './municipality.entity';

@Injectable()
export class MunicipalitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(args: MunicipalitiesArgs) {
    const query = this.dataSource.getRepository(Municipality).createQueryBuilder('municipality');
    if (args.search) {
      query.andWhere(
        '(municipality.name LIKE :search OR municipality.nameEn LIKE :search OR municipality.code = :code)',
        { search: `%${args.search}%`, code: args.search },
      );
    }
    return paginate(query, args, { property: 'code', direction: 'ASC' });
  }
}
