import { MEETING_LIFECYCLE, MINUTES_LIFECYCLE } from '../meetings/meeting-lifecycle';

/** `npm run lifecycles`: prints every record's lifecycle table as Markdown, for the README. */
const LIFECYCLES = [MEETING_LIFECYCLE, MINUTES_LIFECYCLE];

console.log(LIFECYCLES.map((lifecycle) => lifecycle.markdown()).join('\n\n'));
