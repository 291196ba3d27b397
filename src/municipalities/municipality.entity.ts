import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { SearchedBy } from '../database/search-text';

@ObjectType({ description: 'A Lithuanian municipality (savivaldybė).' })
@Entity('municipality')
@SearchedBy('name', 'nameEn')
export class Municipality extends BaseEntity {
  @Field({
    description: 'Official national code (Registrų centras / LAU), e.g. "13" for Vilnius city.',
  })
  @Column({ type: 'varchar', length: 8, unique: true })
  code: string;

  @Field({ description: 'Lithuanian name, e.g. "Vilniaus miesto savivaldybė".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'English name, e.g. "Vilnius city".' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field({ description: 'County (apskritis), in Lithuanian, e.g. "Vilniaus apskritis".' })
  @Column({ type: 'varchar', length: 100 })
  county: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code, e.g. "LT-57".' })
  @Column({ name: 'iso_code', type: 'varchar', length: 8, nullable: true })
  isoCode: string | null;
}
