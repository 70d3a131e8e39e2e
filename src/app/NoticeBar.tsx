import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDatasetWords } from '../i18n/i18n';
import { problemPlace } from '../i18n/problemPlace';
import { useNotices } from '../state/StoreContext';

/** Messages about what the app does on the user's behalf (parts of a link it ignored, a linked dataset loading or refused). */
export function NoticeBar() {
  const { t, i18n } = useTranslation();
  const { notices, dismiss } = useNotices();
  // A refused linked dataset may have problems of its schema or links, worded by words loaded with the import.
  const refused = notices.some((notice) => notice.kind === 'import-failed');
  const [wordsLoaded, setWordsLoaded] = useState(false);
  useEffect(() => {
    if (refused && !wordsLoaded) void loadDatasetWords(i18n).then(() => setWordsLoaded(true));
  }, [refused, wordsLoaded, i18n]);
  if (notices.length === 0 || (refused && !wordsLoaded)) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice, i) => (
        <div key={i} className={`notice notice--${notice.kind}`}>
          {notice.kind === 'url-ignored' ? (
            <span>
              {t('notices.urlIgnored', { items: notice.problems.map((p) => `${p.parameter}=${p.value}`).join(', ') })}
            </span>
          ) : notice.kind === 'import-loading' ? (
            <span>{t('notices.importLoading', { source: notice.source })}</span>
          ) : (
            <div>
              <span>{t('notices.importFailed', { source: notice.source })}</span>
              <ul>
                {notice.problems.slice(0, 10).map((problem, j) => (
                  <li key={j}>
                    {t('import.problem', {
                      place: problemPlace(problem, t),
                      message: t(`importProblems.${problem.code}`, problem.params),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" onClick={() => dismiss(notice)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
