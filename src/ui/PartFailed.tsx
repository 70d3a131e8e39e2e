/**
 * What a part of the page says when its code could not load or it failed to
 * render: why, and the retry (a reload: the address keeps the reader's choices).
 */
export function PartFailed({ message, reloadLabel }: { readonly message: string; readonly reloadLabel: string }) {
  return (
    <p className="part-failed" role="alert">
      {message}{' '}
      <button type="button" className="link-button" onClick={() => window.location.reload()}>
        {reloadLabel}
      </button>
    </p>
  );
}
