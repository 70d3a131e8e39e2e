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

/**
 * A linked dataset loading, and a load stopped, float at the foot of the window. Above the views, a load pushed them
 * down while it lasted and up again when the data came: the views jumped twice, and Figure 1 was laid out twice more
 * (131 ms at 200 initiatives). A stopped load takes the place of its loading notice, which keeps the focus on its
 * button. What else there is to read (a refusal and its problems, parts of a link ignored) comes before the views.
 */
const floats = (notice: Notice) => notice.kind === 'import-loading' || notice.kind === 'import-stopped';

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
  const noticeView = (notice: Notice, key: number) => (
    <div key={key} className={`notice notice--${notice.kind}`}>
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
  );
  const floating = notices.filter(floats);
  const inPage = notices.filter((shown) => !floats(shown));
  return (
    <>
      {inPage.length > 0 && (
        <div className="notices" role="status">
          {inPage.map((shown) => noticeView(shown, notices.indexOf(shown)))}
        </div>
      )}
      {floating.length > 0 && (
        <div className="notices notices--floating" role="status">
          {floating.map((shown) => noticeView(shown, notices.indexOf(shown)))}
        </div>
      )}
    </>
  );
}
