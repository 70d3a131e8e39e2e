import { createContext, useContext, type ReactNode } from 'react';
import type { MatrixTable } from './matrixExport';

/** A drawing of Figure 1 for an export, at a size of the export's choosing. */
export interface ChartRenderRequest {
  /** Layout size in px; the export may scale the drawing (a slide enlarges it so labels reach projector size). */
  readonly width: number;
  readonly height: number;
  /** Leave out what the filters exclude (and lay the rest out without it), instead of fading it. */
  readonly hideFiltered: boolean;
}

export interface RenderedChart {
  /** A standalone <svg> element's markup. */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

export interface ChartHandle {
  /** The panel around Figure 1 (its heading is the image's caption). */
  readonly panel: () => HTMLElement | null;
  /** Where Figure 1 is drawn on screen. */
  readonly screenBox: () => DOMRect | null;
  /** Figure 1 as on screen (no request), or laid out anew for the export. */
  readonly render: (request: ChartRenderRequest | null) => Promise<RenderedChart>;
}

/** A headquarters marker as drawn on the map: its shape (opacity, outline), its drawing, whom it stands for. */
export interface MarkerElement {
  readonly shape: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly clusterId: string;
  readonly faded: boolean;
}

/**
 * What the map's layers give the export, each part registered by the layer
 * that draws it (the markers, the basemap's region names, the names canvas,
 * the grouped headquarters' canvas), so the capture never looks them up by class.
 */
export interface MapParts {
  readonly markers: () => readonly MarkerElement[];
  readonly regionLabels: () => readonly HTMLElement[];
  /** The headquarters' names, drawn under the markers. */
  readonly names: () => HTMLCanvasElement | null;
  /** Canvases drawn above the markers (grouped headquarters). */
  readonly pictures: () => readonly HTMLCanvasElement[];
}

export interface MapHandle {
  readonly panel: () => HTMLElement | null;
  /** The Leaflet map's container. */
  readonly container: () => HTMLElement;
  /** Leaflet's own parts, through its API: the pane that moves, the tiles loaded, the vector layers' <svg>, the attribution's text. */
  readonly leaflet: () => {
    readonly mapPane: HTMLElement;
    readonly tiles: readonly HTMLImageElement[];
    readonly vectors: readonly SVGSVGElement[];
    readonly attribution: string;
  };
  /** The parts its layers registered. */
  readonly parts: () => MapParts;
  /** A cluster's name by id (names drawn on slides). */
  readonly clusterName: (id: string) => string | undefined;
  /** Resolves once the map stands still: no drag, inertia, pan or zoom under way. */
  readonly settled: () => Promise<void>;
}

export interface MatrixHandle {
  /** The coverage matrix in words and in the order on screen, for the current filters. */
  readonly table: () => Promise<MatrixTable>;
}

/**
 * What the views give the export, so that export never looks for them in the
 * page by test id or class name: the chart draws itself on request, the map
 * hands over its Leaflet container and who is on it.
 */
export interface ViewHandles {
  readonly chart: ChartHandle | null;
  readonly map: MapHandle | null;
  readonly matrix: MatrixHandle | null;
}

/** Where views register their handles while mounted; the export reads them when it runs. */
export interface ViewHandleRegistry {
  views(): ViewHandles;
  setChart(handle: ChartHandle | null): void;
  setMap(handle: MapHandle | null): void;
  setMatrix(handle: MatrixHandle | null): void;
  /**
   * The coverage matrix's handle once its view is mounted: it is below the first screen, in a chunk fetched after
   * it, so an export asked for at once waits for it (rejects if it has not come within `waitMs`).
   */
  whenMatrix(waitMs?: number): Promise<MatrixHandle>;
  /** A map layer hands over (or takes back, with null) the part of the picture it draws. */
  setMapPart<K extends keyof MapParts>(part: K, provider: MapParts[K] | null): void;
  /** What the map's layers registered (empty parts for those not on the map). */
  mapParts(): MapParts;
}

export function createViewHandles(): ViewHandleRegistry {
  let chart: ChartHandle | null = null;
  let map: MapHandle | null = null;
  let matrix: MatrixHandle | null = null;
  const matrixWaiters: ((handle: MatrixHandle) => void)[] = [];
  const parts: { -readonly [K in keyof MapParts]: MapParts[K] | null } = { markers: null, regionLabels: null, names: null, pictures: null };
  return {
    setMapPart: (part, provider) => {
      parts[part] = provider as never;
    },
    mapParts: () => ({
      markers: parts.markers ?? (() => []),
      regionLabels: parts.regionLabels ?? (() => []),
      names: parts.names ?? (() => null),
      pictures: parts.pictures ?? (() => []),
    }),
    views: () => ({ chart, map, matrix }),
    setChart: (handle) => {
      chart = handle;
    },
    setMap: (handle) => {
      map = handle;
    },
    setMatrix: (handle) => {
      matrix = handle;
      if (handle) matrixWaiters.splice(0).forEach((resolve) => resolve(handle));
    },
    whenMatrix: (waitMs = 10_000) =>
      matrix
        ? Promise.resolve(matrix)
        : new Promise<MatrixHandle>((resolve, reject) => {
            const timer = setTimeout(() => {
              matrixWaiters.splice(matrixWaiters.indexOf(arrived), 1);
              reject(new Error('the coverage matrix is not on the page'));
            }, waitMs);
            const arrived = (handle: MatrixHandle) => {
              clearTimeout(timer);
              resolve(handle);
            };
            matrixWaiters.push(arrived);
          }),
  };
}

const ViewHandlesContext = createContext<ViewHandleRegistry>(createViewHandles());

export function ViewHandlesProvider({ handles, children }: { handles: ViewHandleRegistry; children: ReactNode }) {
  return <ViewHandlesContext.Provider value={handles}>{children}</ViewHandlesContext.Provider>;
}

/** The page's registry of view handles. */
export function useViewHandles(): ViewHandleRegistry {
  return useContext(ViewHandlesContext);
}
