import { ASTNode, GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/domain-error';

/**
 * A scalar refused an input value. `problem` says what is wrong the way a field problem does
 * ("must have a UTC offset…"); the error formatting (input-field-path.ts) finds which field
 * the value was given for and reports it as BAD_USER_INPUT naming that field.
 */
export class ScalarInputError extends GraphQLError {
  constructor(
    scalar: string,
    readonly problem: string,
    node?: ASTNode,
  ) {
    super(`${scalar} ${problem}`, {
      nodes: node,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
    this.name = 'ScalarInputError';
  }
}
