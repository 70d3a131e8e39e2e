import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../../state/StoreContext';

/**
 * « Comparer (2) », kept in sight while clusters wait in the comparison and
 * the comparison itself is out of view (it sits under the views): adding a
 * cluster from a profile shows where it went, and one click leads there.
 */
export function CompareJump() {
  const { t } = useTranslation();
  const count = useDashboard((s) => s.compared.length);
  const [panelInView, setPanelInView] = useState(false);

  useEffect(() => {
    if (count === 0 || typeof IntersectionObserver === 'undefined') return;
    const panel = document.getElementById('compare-heading')?.closest('section');
    if (!panel) return;
    const observer = new IntersectionObserver(([entry]) => setPanelInView(entry?.isIntersecting ?? false));
    observer.observe(panel);
    return function stopWatchingComparison() {
      observer.disconnect();
    };
  }, [count]);

  if (count === 0 || panelInView) return null;
  const jump = () => {
    const heading = document.getElementById('compare-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="compare-jump" onClick={jump}>
      {t('compare.jump', { count })} <span aria-hidden="true">↓</span>
    </button>
  );
}
