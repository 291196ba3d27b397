import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_DISTINCT_CHARACTERS } from '../password-rules';
import { MIN_PASSWORD_LENGTH } from './create-account.input';

/** A password someone chooses for themselves: the length rules here, the rest in password-rules.ts. */
export const NewPasswordField = () =>
  applyDecorators(
    Field({
      description: `At least ${MIN_PASSWORD_LENGTH} characters, ${MIN_DISTINCT_CHARACTERS} of them different, not containing your e-mail or name.`,
    }),
    IsString(),
    MinLength(MIN_PASSWORD_LENGTH),
    MaxLength(200),
  );
