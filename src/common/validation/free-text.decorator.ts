import { applyDecorators } from '@nestjs/common';
import {
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateBy,
  ValidationOptions,
  buildMessage,
} from 'class-validator';
import { containsPersonalCode } from './personal-code';

/** Refuses text carrying a valid Lithuanian personal code: this tool never stores one. */
export function NoPersonalCode(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'noPersonalCode',
      validator: {
        validate: (value) => typeof value !== 'string' || !containsPersonalCode(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property contains a Lithuanian personal code; this workspace must not hold personal data of victims or suspects, so remove it`,
          options,
        ),
      },
    },
    options,
  );
}

/** A free-text input field: a non-empty string within a length limit, without personal codes. */
export function FreeText(maxLength: number) {
  return applyDecorators(IsString(), IsNotEmpty(), MaxLength(maxLength), NoPersonalCode());
}
