import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { SearchedBy } from '../database/search-text';
import { Municipality } from '../municipalities/municipality.entity';
import { InstitutionType } from './institution-type.enum';

@ObjectType({
  description: 'A body whose staff take part in task forces or carry out plan measures.',
})
@Entity('institution')
@SearchedBy('name', 'nameEn')
export class Institution extends BaseEntity {
  @Field({ description: 'Official name, in Lithuanian.' })
  @Column({ type: 'varchar', length: 300, unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Field(() => InstitutionType)
  @Column({ type: 'varchar', length: 40 })
  type: InstitutionType;

  @Field(() => ID, { nullable: true, description: 'Null for a national institution.' })
  @Index()
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
}
