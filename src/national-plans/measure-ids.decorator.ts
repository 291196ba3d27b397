import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsUUID } from 'class-validator';
import { MAX_LINKED_MEASURES } from '../common/graphql/list-bounds';

/** A list of plan-measure ids on an input: UUIDs, each once, a sane number of them. */
export const MeasureIds = () =>
  applyDecorators(IsUUID('all', { each: true }), ArrayUnique(), ArrayMaxSize(MAX_LINKED_MEASURES));
