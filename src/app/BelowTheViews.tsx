import { CaseStudyList } from '../features/caseStudies/CaseStudyList';
import { CompareJump } from '../features/compare/CompareJump';
import { ComparePanel } from '../features/compare/ComparePanel';
import { KeyFiguresPanel } from '../features/context/KeyFiguresPanel';
import { CoverageMatrix } from '../features/matrix/CoverageMatrix';
import { DataTables } from '../features/tables/DataTables';

/**
 * Everything below the two views: the comparison, the coverage matrix, the
 * tables, the case studies and the key figures. A chunk of its own, fetched
 * once the first screen has painted (DashboardPage), so the first download is
 * only what the first screen shows.
 */
export default function BelowTheViews() {
  return (
    <>
      <ComparePanel />
      <CompareJump />
      <CoverageMatrix />
      <DataTables />
      <div className="context">
        <CaseStudyList />
        <KeyFiguresPanel />
      </div>
    </>
  );
}
