import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsString, MaxLength, ValidateBy, buildMessage } from 'class-validator';
import { NoPersonalCode } from './free-text.decorator';
import { isPhoneNumber, PHONE_DIGITS } from './phone-number';

/** A work e-mail address; a personal code used as its local part is refused like in free text. */
export function ContactEmail() {
  return applyDecorators(IsEmail(), MaxLength(254), NoPersonalCode());
}

/** A work phone number (see phone-number.ts), which must not be a personal code either. */
export function PhoneNumber() {
  return applyDecorators(
    IsString(),
    MaxLength(40),
    ValidateBy({
      name: 'isPhoneNumber',
      validator: {
        validate: (value) => typeof value === 'string' && isPhoneNumber(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a phone number: an optional +, then ${PHONE_DIGITS.min} to ${PHONE_DIGITS.max} digits, grouped with spaces, hyphens or parentheses if you like`,
        ),
      },
    }),
    NoPersonalCode(),
  );
}
