import type { GroupedPicture } from '../../domain/map/groupedPicture';
import { LINKED_SIZE, SINGLE_SIZE } from '../../domain/map/groupedPicture';
import { FADED_FILL, GROUP_FILL } from '../../domain/map/groupStyle';
import { CLUSTER_TYPE_STYLE, markerShapePath } from '../../domain/map/markerLayout';
import type { Cluster } from '../../domain/schema';
import { EMPHASIS_OPACITY, EMPTY_CELL_DOT_OPACITY, font, INK, markerPaint } from '../../domain/designTokens';

export const COUNT_FONT = font(11, 600);

const shapeCache = new Map<string, Path2D>();
function shapePath(cluster: Cluster, size: number): Path2D {
  const key = `${cluster.type}|${size}`;
  let path = shapeCache.get(key);
  if (!path) {
    path = new Path2D(markerShapePath(CLUSTER_TYPE_STYLE[cluster.type].shape, size));
    shapeCache.set(key, path);
  }
  return path;
}

/**
 * Paints a grouped picture on a cleared 2D context whose text style is already
 * COUNT_FONT, centred (setting a font forces a style recalculation of the whole
 * page, so the caller sets it once per canvas size).
 */
export function paintGroupedPicture(
  context: CanvasRenderingContext2D,
  picture: GroupedPicture,
  clusters: readonly Cluster[],
  formatCount: (count: number) => string,
): void {
  context.globalAlpha = EMPTY_CELL_DOT_OPACITY;
  context.fillStyle = FADED_FILL;
  for (const dot of picture.faded) {
    context.beginPath();
    context.arc(dot.x, dot.y, 3, 0, 2 * Math.PI);
    context.fill();
  }
  context.globalAlpha = picture.dimmed ? EMPHASIS_OPACITY.markers.dimmed : 1;
  for (const single of picture.singles) paintCluster(context, clusters[single.position], single.x, single.y, SINGLE_SIZE);
  for (const group of picture.groups) {
    context.fillStyle = GROUP_FILL;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.beginPath();
    context.arc(group.x, group.y, group.radius, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
    context.fillStyle = '#ffffff';
    context.fillText(formatCount(group.count), group.x, group.y + 0.5);
  }
  for (const linked of picture.linked) {
    context.globalAlpha = linked.faded ? EMPHASIS_OPACITY.markers.faded : 1;
    paintCluster(context, clusters[linked.position], linked.x, linked.y, LINKED_SIZE);
    context.globalAlpha = 1;
    if (linked.selected) {
      context.strokeStyle = INK;
      context.lineWidth = 2;
      context.setLineDash([3, 2]);
      context.beginPath();
      context.arc(linked.x, linked.y, LINKED_SIZE / 2 + 4, 0, 2 * Math.PI);
      context.stroke();
      context.setLineDash([]);
    }
  }
  context.globalAlpha = 1;
}

/** A headquarters in its type's shape: filled for interviewed clusters, hollow for clusters only cited, as in the legend. */
function paintCluster(context: CanvasRenderingContext2D, cluster: Cluster | undefined, x: number, y: number, size: number): void {
  if (!cluster) return;
  const { color } = CLUSTER_TYPE_STYLE[cluster.type];
  context.save();
  context.translate(x - size / 2, y - size / 2);
  const path = shapePath(cluster, size);
  const paint = markerPaint(color, cluster.interviewed);
  context.fillStyle = paint.fill;
  context.strokeStyle = paint.stroke;
  context.lineWidth = paint.strokeWidth;
  context.fill(path);
  context.stroke(path);
  context.restore();
}
