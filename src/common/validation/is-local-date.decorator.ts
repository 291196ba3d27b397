import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalDate } from '../scalars/local-date.scalar';

/** A calendar date as YYYY-MM-DD; the LocalDate scalar checks it too, this marks it validated. */
export function IsLocalDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value) => isLocalDate(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a calendar date as YYYY-MM-DD`,
          options,
        ),
      },
    },
    options,
  );
}
