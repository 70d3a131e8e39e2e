/**
 * The simplest competent alternative to the dashboard's views, for `npm run bench`:
 * on every change (a domain checkbox, a keystroke in the search box) it recomputes
 * the chart layout from scratch, redraws the whole SVG with a D3 join, and
 * recreates one Leaflet circleMarker per headquarters on the canvas renderer. It
 * uses the same data, filtering and layout code, so the difference measured is the
 * rendering strategy. `?data=<url>` loads another dataset (the study otherwise).
 */
import 'leaflet/dist/leaflet.css';
import '@fontsource/inter/latin-400.css';
import L from 'leaflet';
import { select } from 'd3';
import study from '../../../data/study.json';
import { chartModel } from '../../../src/domain/chart/chartModel';
import { buildDatasetIndex, type DatasetIndex } from '../../../src/domain/datasetIndex';
import { DEFAULT_FILTERS, toggleIn, type Filters } from '../../../src/domain/filters';
import { parseDataset } from '../../../src/domain/parseDataset';
import { computeVisibility } from '../../../src/domain/visibility';

async function loadIndex(): Promise<DatasetIndex> {
  const address = new URLSearchParams(window.location.search).get('data');
  let value: unknown = study;
  if (address) {
    const response = await fetch(new URL(address, window.location.href));
    if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
    value = await response.json();
  }
  const parsed = parseDataset(value);
  if (!parsed.ok) throw new Error(`${address ?? 'study.json'} is not a valid dataset`);
  return buildDatasetIndex(parsed.dataset);
}

const canvas = document.createElement('canvas').getContext('2d');
const measure = (text: string) => {
  if (!canvas) return text.length * 6;
  canvas.font = "11px Inter, 'DejaVu Sans', sans-serif";
  return canvas.measureText(text).width;
};

function start(index: DatasetIndex): void {
  const { dataset } = index;
  const map = L.map('map', { preferCanvas: true }).setView([46.6, 2.4], 5);
  const layer = L.layerGroup().addTo(map);
  const svg = select<SVGSVGElement, unknown>('#chart');
  let filters: Filters = DEFAULT_FILTERS;

  function redraw(): void {
    const visibility = computeVisibility(index, filters);
    const model = chartModel({
      initiatives: dataset.initiatives,
      domains: dataset.domains,
      width: 629,
      height: 629,
      language: 'fr',
      measure,
      measureDomain: measure,
      axisText: { members: 'membres', wider: 'public plus large', short: 'court terme', long: 'long terme' },
    });
    svg.selectAll('*').remove();
    svg.selectAll('path.region').data(model.regions).join('path').attr('d', (r) => r.path).attr('fill', (r) => r.color).attr('fill-opacity', 0.1);
    svg
      .selectAll('circle')
      .data(model.marks)
      .join('circle')
      .attr('cx', (m) => m.x)
      .attr('cy', (m) => m.y)
      .attr('r', 6)
      .attr('fill', (m) => m.color)
      .attr('opacity', (m) => (visibility.initiativeIds.has(m.id) ? 1 : 0.15));
    svg
      .selectAll('text')
      .data(model.labels.placed)
      .join('text')
      .attr('x', (l) => l.box.x)
      .attr('y', (l) => l.box.y + 10)
      .attr('font-size', 11)
      .text((l) => l.lines.join(' '));

    layer.clearLayers();
    for (const cluster of dataset.clusters) {
      if (cluster.hq.lat === null || cluster.hq.lon === null) continue;
      L.circleMarker([cluster.hq.lat, cluster.hq.lon], {
        radius: 6,
        opacity: visibility.clusterIds.has(cluster.id) ? 1 : 0.2,
        fillOpacity: visibility.clusterIds.has(cluster.id) ? 0.9 : 0.15,
      }).addTo(layer);
    }
    counts.textContent = `${visibility.initiativeIds.size} initiatives · ${visibility.clusterIds.size} clusters`;
  }

  const controls = document.getElementById('controls');
  const search = document.createElement('input');
  search.type = 'search';
  search.setAttribute('aria-label', 'Rechercher');
  search.addEventListener('input', () => {
    filters = { ...filters, query: search.value };
    redraw();
  });
  const counts = document.createElement('p');
  counts.id = 'counts';
  controls?.append(search, counts);
  for (const domain of dataset.domains) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.addEventListener('change', () => {
      filters = { ...filters, domains: toggleIn(filters.domains, domain.id) };
      redraw();
    });
    label.append(input, document.createTextNode(domain.label.fr));
    controls?.append(label);
  }
  redraw();
}

const index = await loadIndex();
start(index);
