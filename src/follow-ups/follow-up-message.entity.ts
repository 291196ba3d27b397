import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Person } from '../people/person.entity';
import { FollowUpMessageKind } from './follow-up.enums';
import { FollowUpRequest } from './follow-up-request.entity';

@ObjectType({ description: 'One question or answer in a follow-up request, in order.' })
@Entity('follow_up_message')
@Unique(['requestId', 'sequence'])
export class FollowUpMessage extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  sequence: number;

  @Field(() => FollowUpMessageKind)
  @Column({ type: 'varchar', length: 10 })
  kind: FollowUpMessageKind;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => FollowUpRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FollowUpRequest;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Person;
}
