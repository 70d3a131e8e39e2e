import { useRef, type ReactNode } from 'react';
import { useOverflowsX } from './useOverflowsX';

/** A column header that sorts its table; `aria-sort` says how, the arrow shows it. */
export function SortHeader({
  label,
  direction,
  onSort,
  sortLabel,
  title,
}: {
  readonly label: string;
  /** How the table is sorted by this column, or null when by another. */
  readonly direction: 'ascending' | 'descending' | null;
  readonly onSort: () => void;
  /** The button's accessible name (« Trier par Total »): it must contain the visible label. */
  readonly sortLabel: string;
  readonly title?: string | undefined;
}) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'} title={title}>
      <button type="button" onClick={onSort} aria-label={sortLabel}>
        {label}
        <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ' ↕'}</span>
      </button>
    </th>
  );
}

/** Under a long table: how many rows are shown, and a button for more (the words come from the caller). */
export function MoreRows({ showing, more, onMore, note }: { readonly showing: string; readonly more: string; readonly onMore: () => void; readonly note: string }) {
  return (
    <p className="table-more">
      {showing}{' '}
      <button type="button" className="link-button" onClick={onMore}>
        {more}
      </button>{' '}
      {note}
    </p>
  );
}

/**
 * A table wider than the screen (a phone) says that it scrolls sideways, and
 * can then be scrolled from the keyboard (a focusable, named region).
 */
export function SidewaysScroll({ hint, regionLabel, children }: { readonly hint: string; readonly regionLabel: string; readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useOverflowsX(ref);
  return (
    <>
      {scrolls && (
        <p className="table-scroll-hint" aria-hidden="true">
          {hint} →
        </p>
      )}
      <div ref={ref} className={scrolls ? 'table-scroll is-scrolling' : 'table-scroll'} tabIndex={scrolls ? 0 : undefined} role={scrolls ? 'region' : undefined} aria-label={scrolls ? regionLabel : undefined}>
        {children}
      </div>
    </>
  );
}
