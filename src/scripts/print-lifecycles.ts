import { ALL_LIFECYCLES } from '../common/lifecycle/all-lifecycles';

/** `npm run lifecycles`: prints every record's lifecycle table as Markdown, for the README. */
console.log(ALL_LIFECYCLES.map((lifecycle) => lifecycle.markdown()).join('\n\n'));
