import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For an update input's field whose record always has a value (a title, a start): it may be
 * left out, which keeps the stored value, but not sent as `null`, which would clear it. Use it
 * instead of `@IsOptional()`, which lets `null` through to the database.
 */
export function MayOmit() {
  return applyDecorators(
    ValidateIf((_input: object, value: unknown) => value !== undefined),
    IsDefined({ message: '$property may be left out, but not set to null: it needs a value' }),
  );
}
