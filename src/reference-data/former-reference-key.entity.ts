import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A natural key a reference row no longer has (a renamed institution, a recoded municipality
 * or plan). The seeder adds only rows whose key is missing: without this it would take a
 * renamed row's old key for a missing one and add the row a second time.
 */
@Entity('former_reference_key')
export class FormerReferenceKey {
  /** The entity: `Municipality`, `Institution` or `NationalPlan`. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: string;

  @PrimaryColumn({ type: 'varchar', length: 500 })
  key: string;

  /** The row that had the key, so seed rows that name it by that key still find it. */
  @Column({ name: 'row_id', type: 'uuid' })
  rowId: string;
}
