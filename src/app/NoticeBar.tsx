import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../domain/importProgress';
import { ImportProgressView } from '../features/import/ImportProgressView';
import { loadDatasetWords } from '../i18n/i18n';
import { problemPlace } from '../i18n/problemPlace';
import type { Notice } from '../state/noticeStore';
import { useNotices } from '../state/StoreContext';
import { UrlNotice } from './UrlNotice';

const STOPPED_MESSAGES = {
  cancelled: 'notices.importCancelled',
  'view-changed': 'notices.importSupersededByView',
  'data-changed': 'notices.importSupersededByData',
} as const satisfies Record<Extract<Notice, { kind: 'import-stopped' }>['reason'], string>;

/** A linked dataset's progress, once its download has begun. */
const NoticeProgress = ({ progress, label }: { readonly progress: ImportProgress | undefined; readonly label: string }) =>
  progress ? <ImportProgressView progress={progress} label={label} /> : null;

/** Messages about what the app does on the user's behalf (parts of a link it ignored, a linked dataset loading or refused). */
export function NoticeBar() {
  const { t, i18n } = useTranslation();
  const { notices, progress, dismiss } = useNotices();
  // A refused linked dataset may have problems of its schema or links, worded by words loaded with the import.
  const refused = notices.some((notice) => notice.kind === 'import-failed');
  const [wordsLoaded, setWordsLoaded] = useState(false);
  useEffect(() => {
    if (refused && !wordsLoaded) void loadDatasetWords(i18n).then(() => setWordsLoaded(true));
  }, [refused, wordsLoaded, i18n]);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice, i) => (
        <div key={i} className={`notice notice--${notice.kind}`}>
          {notice.kind === 'url-ignored' ? (
            <UrlNotice problems={notice.problems} />
          ) : notice.kind === 'import-loading' ? (
            <span>
              {t('notices.importLoading', { source: notice.source })}{' '}
              <NoticeProgress progress={progress.get(notice)} label={t('notices.importProgress')} />
            </span>
          ) : notice.kind === 'import-stopped' ? (
            <span>{t(STOPPED_MESSAGES[notice.reason], { source: notice.source })}</span>
          ) : (
            <div>
              <span>{t('notices.importFailed', { source: notice.source })}</span>
              {/* A problem worded by the import's words follows once they are in; the notice and its button stay put (focus is kept on them). */}
              <ul>
                {notice.problems
                  .slice(0, 10)
                  .filter((problem) => wordsLoaded || i18n.exists(`importProblems.${problem.code}`))
                  .map((problem, j) => (
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
          {/* Taking the loading notice away cancels the load it announces. */}
          <button type="button" onClick={() => dismiss(notice)}>
            {notice.kind === 'import-loading' ? t('notices.cancel') : t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
