import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children when they failed to load or to render. */
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

/**
 * Keeps a part loaded on demand (a view for large networks) from taking the
 * page down with it: if its code cannot be fetched (offline, a new version
 * deployed meanwhile) or it fails to render, the rest of the dashboard stays
 * and the fallback says what to do.
 */
export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A part of the dashboard failed to load', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
