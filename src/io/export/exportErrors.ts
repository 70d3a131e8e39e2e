/** Why an export failed, as a code the interface words for the user. */
export type ExportFailure = 'canvas-too-large' | 'empty-blob' | 'view-missing' | 'unexpected';

export class ExportError extends Error {
  constructor(
    readonly failure: ExportFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'ExportError';
  }
}

/** Browsers refuse larger canvases (iOS Safari caps the area at 16.7 megapixels). */
export const MAX_CANVAS_AREA = 16_777_216;
export const MAX_CANVAS_SIDE = 16_384;

export function assertCanvasFits(width: number, height: number): void {
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE || width * height > MAX_CANVAS_AREA) {
    throw new ExportError('canvas-too-large', `${width} × ${height} px is more than a browser canvas can hold`);
  }
}
