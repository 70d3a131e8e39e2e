import { useTranslation } from 'react-i18next';
import { MAX_QUERY_LENGTH, type UrlProblem } from '../state/urlState';

/** Enough of a value to recognise it; a link may carry thousands of characters. */
const SHOWN_LENGTH = 60;
const shown = (text: string) => (text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text);
const written = (problems: readonly UrlProblem[]) => problems.map((p) => `${shown(p.parameter)}=${shown(p.value)}`).join(', ');

/** What a link said that the view does not follow as written, one sentence per kind of change. */
export function UrlNotice({ problems }: { problems: readonly UrlProblem[] }) {
  const { t } = useTranslation();
  const ignored = problems.filter((p) => p.reason === 'unknown' || p.reason === 'invalid');
  const repeated = problems.filter((p) => p.reason === 'repeated');
  const shortened = problems.filter((p) => p.reason === 'shortened');
  return (
    <ul className="notice__lines">
      {ignored.length > 0 && <li>{t('notices.urlIgnored', { items: written(ignored) })}</li>}
      {repeated.length > 0 && <li>{t('notices.urlRepeated', { items: written(repeated) })}</li>}
      {shortened.length > 0 && <li>{t('notices.urlShortened', { items: written(shortened), max: MAX_QUERY_LENGTH })}</li>}
    </ul>
  );
}
