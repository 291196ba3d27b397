import {
  graphql,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { scalarRefusal } from './input-field-path';

const Slot = new GraphQLInputObjectType({
  name: 'Slot',
  fields: { startsAt: { type: DateTimeScalar } },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      plan: {
        type: GraphQLString,
        args: {
          at: { type: DateTimeScalar },
          input: {
            type: new GraphQLInputObjectType({
              name: 'PlanInput',
              fields: { slots: { type: new GraphQLList(Slot) } },
            }),
          },
        },
        resolve: () => 'ok',
      },
    },
  }),
});

async function fieldOf(source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema, source, variableValues });
  expect(result.errors).toHaveLength(1);
  return scalarRefusal(result.errors![0])?.fields?.[0].field;
}

const NO_OFFSET = '2027-03-05T10:00:00';

describe('scalarRefusal', () => {
  it('names the field of a variable, relative to its argument', async () => {
    const query = 'query ($i: PlanInput) { plan(input: $i) }';
    const input = { slots: [{ startsAt: '2027-03-05T10:00:00Z' }, { startsAt: NO_OFFSET }] };
    expect(await fieldOf(query, { i: input })).toBe('slots.1.startsAt');
    expect(await fieldOf('query ($at: DateTime) { plan(at: $at) }', { at: NO_OFFSET })).toBe('at');
  });

  it('names the field of a value written in the document', async () => {
    const inList = `{ plan(input: { slots: [{ startsAt: "2027-03-05T10:00:00Z" }, { startsAt: "${NO_OFFSET}" }] }) }`;
    expect(await fieldOf(inList)).toBe('slots.1.startsAt');
    expect(await fieldOf(`{ plan(at: "${NO_OFFSET}") }`)).toBe('at');
  });

  it('leaves other errors alone', async () => {
    const result = await graphql({ schema, source: '{ plan(nope: 1) }' });
    expect(scalarRefusal(result.errors![0])).toBeNull();
    expect(scalarRefusal(new Error('x'))).toBeNull();
  });
});
