import { errorCodesMarkdown } from '../common/errors/error-codes';

/** `npm run error-codes`: every code a client words, as Markdown tables for the README. */
console.log(errorCodesMarkdown());
