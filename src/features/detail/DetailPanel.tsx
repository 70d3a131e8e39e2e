import { dataText } from '../../domain/language';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selection } from '../../state/dashboardStore';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { CaseStudyDetail } from './CaseStudyDetail';
import { ClusterProfile } from './ClusterProfile';
import { InitiativeDetail } from './InitiativeDetail';

/**
 * What the selection is about: a cluster's profile, an initiative, or a case
 * study. A complementary region named by its heading; Escape or Close closes
 * it and gives focus back to what opened it. Links inside move from one
 * detail to another; "Back" retraces them.
 */
export function DetailPanel({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const select = useDashboard((s) => s.select);
  const index = useDatasetIndex();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  // Selections reached from inside the panel, to retrace with "Back". A selection made
  // elsewhere (a marker, a mark, the URL) starts a new trail.
  const [trail, setTrail] = useState<readonly Selection[]>([]);
  const [expected, setExpected] = useState<Selection | null>(null);
  const [seen, setSeen] = useState<Selection>(selection);
  if (seen !== selection) {
    setSeen(selection);
    if (selection !== expected) setTrail([]);
  }

  useEffect(function rememberOpener() {
    const active = document.activeElement;
    openerRef.current = active instanceof HTMLElement || active instanceof SVGElement ? (active as HTMLElement) : null;
  }, []);

  useEffect(
    function focusNewDetail() {
      headingRef.current?.focus();
    },
    [selection],
  );

  const navigate = useCallback(
    (next: Selection) => {
      setTrail((current) => [...current, selection]);
      setExpected(next);
      select(next);
    },
    [selection, select],
  );

  const back = () => {
    const previous = trail.at(-1);
    if (!previous) return;
    setTrail(trail.slice(0, -1));
    setExpected(previous);
    select(previous);
  };

  const close = () => {
    const opener = openerRef.current;
    select(null);
    // Focus goes back where the reader came from, if it is still on the page.
    if (opener?.isConnected) opener.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  const describe = (target: Selection): string => {
    if (target.kind === 'cluster') return index.clusterById.get(target.id)?.name ?? target.id;
    if (target.kind === 'initiative') return dataText(index.initiativeById.get(target.id)?.label, language) ?? target.id;
    return t('detail.caseStudyHeading', { number: target.id });
  };

  let body: React.ReactNode = null;
  let subtitle: string | null = null;
  if (selection.kind === 'cluster') {
    const cluster = index.clusterById.get(selection.id);
    if (cluster) body = <ClusterProfile cluster={cluster} navigate={navigate} />;
  } else if (selection.kind === 'initiative') {
    const initiative = index.initiativeById.get(selection.id);
    if (initiative) body = <InitiativeDetail initiative={initiative} navigate={navigate} />;
  } else {
    const caseStudy = index.caseStudyByNumber.get(Number(selection.id));
    if (caseStudy) {
      subtitle = dataText(caseStudy.title, language);
      body = <CaseStudyDetail caseStudy={caseStudy} navigate={navigate} />;
    }
  }
  const previous = trail.at(-1);

  return (
    <aside className="detail-panel" aria-labelledby="detail-heading" onKeyDown={onKeyDown} data-testid="detail-panel">
      <div className="detail-bar">
        {previous ? (
          <button type="button" className="detail-back" onClick={back}>
            ← {t('detail.back', { name: describe(previous) })}
          </button>
        ) : (
          <span />
        )}
        <button type="button" className="detail-close" onClick={close} aria-label={t('detail.close')}>
          ✕
        </button>
      </div>
      <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
        {describe(selection)}
      </h2>
      {subtitle && <p className="detail-subtitle">{subtitle}</p>}
      {body}
    </aside>
  );
}
