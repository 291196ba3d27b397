import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { vilniusToday } from '../i18n/format';
import { useWords } from '../i18n/use-language';

const PLAN_TREE = graphql(`
  query ActivePlanTree($today: LocalDate!) {
    nationalPlans(activeOn: $today, status: ACTIVE, first: 5) {
      edges {
        node {
          id
          code
          goals {
            id
            code
            objectives {
              id
              code
              measures {
                id
                code
                title
                closedOn
              }
            }
          }
        }
      }
    }
  }
`);

export interface PlanMeasureChoice {
  id: string;
  code: string;
  title: string;
}

/** Case and accents aside, so "mokymai" finds "Mokymai" and "svietimas" "Švietimas". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const SHOWN = 12;

/** Picks measures of the plan in force by searching its tree (code or words of the title). */
export function MeasurePicker({
  selected,
  onChange,
}: {
  selected: PlanMeasureChoice[];
  onChange: (measures: PlanMeasureChoice[]) => void;
}) {
  const { t } = useWords();
  const id = useId();
  const [search, setSearch] = useState('');
  const today = vilniusToday();
  const tree = useQuery({
    queryKey: ['planTree', today],
    queryFn: () => request(PLAN_TREE, { today }),
    staleTime: 10 * 60_000,
  });
  const measures = useMemo(
    () =>
      (tree.data?.nationalPlans.edges ?? []).flatMap(({ node: plan }) =>
        plan.goals.flatMap((g) =>
          g.objectives.flatMap((o) => o.measures.filter((m) => !m.closedOn)),
        ),
      ),
    [tree.data],
  );
  const chosen = new Set(selected.map((m) => m.id));
  const words = fold(search).split(/\s+/).filter(Boolean);
  const found = words.length
    ? measures
        .filter((m) => !chosen.has(m.id))
        .filter((m) => words.every((w) => fold(`${m.code} ${m.title}`).includes(w)))
    : [];
  const toggle = (m: PlanMeasureChoice, on: boolean) =>
    onChange(on ? [...selected, m] : selected.filter((s) => s.id !== m.id));

  return (
    <fieldset className="measure-picker">
      <legend>{t('measures.legend')}</legend>
      {selected.length > 0 && (
        <ul className="plain">
          {selected.map((m) => (
            <li key={m.id}>
              <label className="checkbox">
                <input type="checkbox" checked onChange={() => toggle(m, false)} />
                <span className="code">{m.code}</span> {m.title}
              </label>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`}>{t('measures.search')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        aria-describedby={`${id}-found`}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p id={`${id}-found`} className="field__hint" aria-live="polite">
        {words.length ? t('measures.found', { count: found.length }) : t('measures.hint')}
      </p>
      {found.length > 0 && (
        <ul className="plain">
          {found.slice(0, SHOWN).map((m) => (
            <li key={m.id}>
              <label className="checkbox">
                <input type="checkbox" checked={false} onChange={() => toggle(m, true)} />
                <span className="code">{m.code}</span> {m.title}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
