import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { NextFunction, Request, Response } from 'express';
import { queryCostLimit } from './query-cost';

/** Longest GraphQL document accepted, in characters (the variables are limited by the body). */
export const MAX_DOCUMENT_LENGTH = 20_000;

/** Largest JSON request body, which must hold the longest minutes (100,000 characters). */
export const MAX_BODY = '1mb';

/**
 * Refuses oversized, deeply nested or costly documents before they run: graphql-armor's
 * depth, alias and directive limits, and our cost limit, which counts the rows lists can
 * return (query-cost.ts; armor's counts depth, not rows); `documentLengthLimit` bounds the
 * length first. Batched requests (several operations in one HTTP request) are off in Apollo.
 */
export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { enabled: false },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Its token count parses the document a second time and turns syntax errors into
    // validation errors; the length check below bounds the document instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, queryCostLimit()], validationRules };
}

/**
 * Express middleware in front of `/graphql`: refuses an over-long document before Apollo
 * parses it, answering like GraphQL does (`errors[0].extensions.code`).
 */
export function documentLengthLimit(req: Request, res: Response, next: NextFunction) {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && query.length > MAX_DOCUMENT_LENGTH) {
    res.status(400).json({
      errors: [
        {
          message: `The GraphQL document is longer than ${MAX_DOCUMENT_LENGTH} characters.`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    return;
  }
  next();
}
