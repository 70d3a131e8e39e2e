import { useTranslation } from 'react-i18next';
import { problemPlace } from '../i18n/problemPlace';
import type { Notice } from '../state/noticeStore';
import { useNotices } from '../state/StoreContext';
import { UrlNotice } from './UrlNotice';

const STOPPED_MESSAGES = {
  cancelled: 'notices.importCancelled',
  'view-changed': 'notices.importSupersededByView',
  'data-changed': 'notices.importSupersededByData',
} as const satisfies Record<Extract<Notice, { kind: 'import-stopped' }>['reason'], string>;

/** Messages about what the app does on the user's behalf (parts of a link it ignored, a linked dataset loading or refused). */
export function NoticeBar() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice, i) => (
        <div key={i} className={`notice notice--${notice.kind}`}>
          {notice.kind === 'url-ignored' ? (
            <UrlNotice problems={notice.problems} />
          ) : notice.kind === 'import-loading' ? (
            <span>{t('notices.importLoading', { source: notice.source })}</span>
          ) : notice.kind === 'import-stopped' ? (
            <span>{t(STOPPED_MESSAGES[notice.reason], { source: notice.source })}</span>
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
          {/* Taking the loading notice away cancels the load it announces. */}
          <button type="button" onClick={() => dismiss(notice)}>
            {notice.kind === 'import-loading' ? t('notices.cancel') : t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
