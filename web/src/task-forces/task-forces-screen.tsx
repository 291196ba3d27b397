import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';
import { useWords } from '../i18n/use-language';
import { useTaskForceChoice } from '../session/task-force-choice';

/** The task forces the viewer works with (every one for the national roles). */
export default function TaskForcesScreen() {
  const { t } = useWords();
  const choice = useTaskForceChoice();
  return (
    <section>
      <PageTitle>{t('taskForces.title')}</PageTitle>
      {choice.length === 0 ? (
        <p>{t('meetings.noTaskForce')}</p>
      ) : (
        <ul className="link-list">
          {choice.map((tf) => (
            <li key={tf.id}>
              <Link to={`/task-forces/${tf.id}`}>{tf.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
