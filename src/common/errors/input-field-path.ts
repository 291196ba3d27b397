import { ASTNode, GraphQLError, Kind, parse, visit } from 'graphql';
import { ScalarInputError } from '../scalars/scalar-input-error';
import { badInput, DomainError } from './domain-error';

/**
 * A field path the way validation problems name fields: relative to the argument, list
 * positions as numbers (`entries.0.startsAt`); an argument alone is named as itself.
 */
function relative(segments: string[]): string {
  return (segments.length > 1 ? segments.slice(1) : segments).join('.');
}

/** From a variable's refusal, which graphql-js words as `Variable "$input" … at "input.a[0]"`. */
function variableField(message: string, own: string): string | null {
  if (!message.endsWith(`; ${own}`)) return null;
  const prefix = message.slice(0, -own.length - 2);
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(prefix);
  if (!variable) return null;
  const at = / at "(\w+(?:\.\w+|\[\d+\])*)"$/.exec(prefix);
  if (!at) return variable[1];
  return relative(at[1].replace(/\[(\d+)\]/g, '.$1').split('.'));
}

/** From a value written in the document itself: the argument and object fields around it. */
function literalField(refusal: GraphQLError): string | null {
  const node = refusal.nodes?.[0];
  if (!node?.loc || !refusal.source) return null;
  let found: string | null = null;
  visit(parse(refusal.source), {
    enter(candidate, _key, parent, _path, ancestors) {
      if (found !== null || candidate.loc?.start !== node.loc!.start) return;
      if (candidate.kind !== node.kind) return;
      const chain = [...ancestors, parent, candidate].filter(
        (a): a is ASTNode => !!a && !Array.isArray(a),
      );
      const segments = chain.flatMap((a, i) => {
        if (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) return [a.name.value];
        if (a.kind === Kind.LIST) return [String(a.values.indexOf(chain[i + 1] as never))];
        return [];
      });
      found = relative(segments);
    },
  });
  return found;
}

/**
 * A scalar's refusal of an input value (ScalarInputError) as BAD_USER_INPUT naming the field
 * it was given for, whether it came in a variable or written in the document; else null.
 */
export function scalarRefusal(error: unknown): DomainError | null {
  if (!(error instanceof GraphQLError)) return null;
  const refusal = [error, error.originalError].find((e) => e instanceof ScalarInputError);
  if (!refusal) return null;
  const field = variableField(error.message, refusal.message) ?? literalField(refusal) ?? 'value';
  // The DateTime and LocalDate scalars are the only ones that refuse values.
  return badInput([{ field, rule: 'INVALID_DATE', message: refusal.problem }]);
}
