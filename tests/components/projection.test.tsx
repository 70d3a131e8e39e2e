import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { projectToWorld } from '../../src/domain/map/binning';

// The grouped map projects headquarters itself (once, into typed arrays); it must land where Leaflet draws the basemap.
describe('the grouped map’s projection', () => {
  it.each([
    [48.8566, 2.3522, 6],
    [43.2965, 5.3698, 9.25],
    [51.05, -4.9, 4.5],
    [41.9, 9.4, 13],
  ])('matches Leaflet’s EPSG:3857 for %f, %f at zoom %f', (lat, lon, zoom) => {
    const leaflet = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), zoom);
    const ours = projectToWorld(lat, lon);
    expect(ours.x * 2 ** zoom).toBeCloseTo(leaflet.x, 6);
    expect(ours.y * 2 ** zoom).toBeCloseTo(leaflet.y, 6);
  });
});
