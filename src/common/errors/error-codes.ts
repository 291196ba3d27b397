import { ErrorCode } from './domain-error';
import { REFUSAL_REASONS } from './error-reasons';
import { FIELD_RULES } from './field-rules';

/** What each `extensions.code` means to a client. */
export const ERROR_CODE_MEANINGS: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'no valid session: log in (again)',
  FORBIDDEN: 'your role does not allow this',
  NOT_FOUND: 'no such record, or one you may not see',
  BAD_USER_INPUT: 'an input field is wrong: see `fields[]` with `field`, `rule`, `min`/`max`',
  CONFLICT: 'someone changed the record since you read it (`reason: STALE_VERSION`)',
  FAILED_PRECONDITION: 'the record is in a state that does not allow this: see `reason`',
  TOO_MANY_REQUESTS: 'too many attempts; wait a minute',
  PAYLOAD_TOO_LARGE: 'the request body is larger than the server accepts',
  QUERY_TOO_COSTLY: 'the query could return more than one answer may hold',
  INTERNAL_SERVER_ERROR: 'something failed on the server; nothing was changed',
};

const table = (heading: string, rows: Record<string, string>) =>
  [
    `| ${heading} | meaning |`,
    '| --- | --- |',
    ...Object.entries(rows).map(([code, meaning]) => `| \`${code}\` | ${meaning} |`),
  ].join('\n');

/** The three lists as Markdown tables, for the README (`npm run error-codes`). */
export function errorCodesMarkdown(): string {
  return [
    table('`extensions.code`', ERROR_CODE_MEANINGS),
    table('`extensions.fields[].rule`', FIELD_RULES),
    table('`extensions.reason`', REFUSAL_REASONS),
  ].join('\n\n');
}
