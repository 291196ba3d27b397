import { rowsMissingFromReadme } from '../../scripts/readme-rows';
import { ALL_LIFECYCLES } from './all-lifecycles';

describe('the lifecycle tables in the README', () => {
  it.each(ALL_LIFECYCLES.map((l) => [l.definition.record, l] as const))(
    '%s: every row the services consult is printed',
    (_record, lifecycle) => {
      expect(lifecycle.markdown()).toContain('| `');
      expect(rowsMissingFromReadme(lifecycle.markdown())).toEqual([]);
    },
  );
});
