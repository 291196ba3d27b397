import { rowsMissingFromReadme } from '../../scripts/readme-rows';
import { errorCodesMarkdown } from './error-codes';

describe('the error codes in the README', () => {
  it('lists every code, rule and reason with its meaning', () => {
    expect(errorCodesMarkdown().split('\n').length).toBeGreaterThan(60);
    expect(rowsMissingFromReadme(errorCodesMarkdown())).toEqual([]);
  });
});
