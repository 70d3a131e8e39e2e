import { useTranslation } from 'react-i18next';
import { useNotices } from '../state/StoreContext';

/** Messages about what the app did on the user's behalf (e.g. parts of a link it ignored). */
export function NoticeBar() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice, i) => (
        <p key={i} className="notice">
          <span>
            {t('notices.urlIgnored', {
              items: notice.problems.map((p) => `${p.parameter}=${p.value}`).join(', '),
            })}
          </span>
          <button type="button" onClick={() => dismiss(notice)}>
            {t('notices.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
