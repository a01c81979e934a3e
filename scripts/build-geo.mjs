// Builds data/geo/sw-china.topo.json, the geometry of <sw-region-map layout="geo">:
//   npx tsx scripts/build-geo.mjs
// (tsx because the ECharts decoder is a tested TypeScript module in src/map/.)
// Run it again only when a source or a setting below changes; the output is committed.
//
// Sources (see NOTICE):
// - provinces: echarts@4.9.0 map/json/china.json (Apache-2.0), 34 features with the
//   6-digit adcode as id, in ECharts' compressed encoding (decoded by src/map/geo-echarts.ts);
// - the South China Sea islands and the ten-dash line, and the neighbouring coasts drawn
//   in the 南海诸岛 inset: @surbowl/world-geo-json-zh (Unlicense), Natural Earth based.
//
// Steps (mapshaper, through its JS API):
// - provinces: clean (their shared borders do not match exactly: gaps and overlaps),
//   explode multi-part features, simplify (weighted Visvalingam, keep-shapes), dissolve
//   by adcode. Exploding first protects every island: keep-shapes keeps each feature,
//   but a small part of a multi-part feature (the Diaoyu Islands in Taiwan's feature,
//   Dongsha in Guangdong's) would otherwise vanish;
// - islands and dashes are kept as drawn (a few points each); neighbouring land is
//   clipped to the inset's extent and simplified hard;
// - one TopoJSON, three objects: `provinces` (id = adcode), `southChinaSea` (property
//   `kind`: island | dash) and `neighbours` (one feature).
// Rings: d3-geo reads a polygon's exterior ring as clockwise (its spherical sense); a ring
// wound the other way means "the whole globe except this", which d3 fills everywhere.
// mapshaper writes TopoJSON rings clockwise; the script checks every ring and fails if not.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { decodeEchartsMap, signedArea } from '../src/map/geo-echarts.ts';

// mapshaper is not a devDependency (its optional GeoPackage support compiles native code on
// every `npm install`, for a build whose output is committed): this script installs its pinned
// version into node_modules/.cache/sw-geo-tools the first time it runs, and says so.
const MAPSHAPER = 'mapshaper@0.7.70';
const TOOLS = 'node_modules/.cache/sw-geo-tools';
const require = createRequire(import.meta.url);
const toolsRequire = createRequire(new URL(`../${TOOLS}/package.json`, import.meta.url));
function loadMapshaper() {
  try {
    return toolsRequire('mapshaper');
  } catch {
    console.log(`installing ${MAPSHAPER} into ${TOOLS} (needed only to rebuild the geometry)`);
    mkdirSync(TOOLS, { recursive: true });
    writeFileSync(`${TOOLS}/package.json`, '{"private":true}\n');
    const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--omit=optional', MAPSHAPER], { cwd: TOOLS, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`could not install ${MAPSHAPER}`);
    return toolsRequire('mapshaper');
  }
}
const mapshaper = loadMapshaper();

const OUTPUT = 'data/geo/sw-china.topo.json';
/** Share of removable points kept in the provinces. */
const SIMPLIFY = '10%';
/** Where neighbouring land is kept: a little larger than the 南海诸岛 inset (INSET_BBOX in src/map/geo-map.ts). */
const LAND_BBOX = [105, 2, 124, 24.5];
/** Countries whose coasts frame the inset. */
const NEIGHBOURS = ['VN', 'LA', 'KH', 'TH', 'PH', 'MY', 'BN', 'ID', 'MM'];

const readJson = (path) => JSON.parse(readFileSync(require.resolve(path), 'utf8'));
const collection = (features) => ({ type: 'FeatureCollection', features });

// Provinces, decoded; only the adcode is kept (names come from data/divisions.json).
const echarts = readJson('echarts/map/json/china.json');
const provinces = decodeEchartsMap(echarts).map((feature) => ({
  type: 'Feature',
  properties: { adcode: String(feature.id ?? feature.properties.id) },
  geometry: feature.geometry,
}));
if (provinces.length !== 34) throw new Error(`expected 34 provinces, found ${provinces.length}`);

// South China Sea: the parts of China's feature that lie in the sea and that the ECharts
// provinces do not already have (Dongsha is part of Guangdong there, Diaoyu of Taiwan).
const world = readJson('@surbowl/world-geo-json-zh/world.zh.json');
const china = world.features.find((feature) => feature.properties.iso_a2 === 'CN');
const bbox = (ring) => {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};
const overlaps = (a, b) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const provinceBoxes = provinces.flatMap((feature) => feature.geometry.coordinates.map((polygon) => bbox(polygon[0])));
const perimeter = (ring) => ring.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - ring[i][0], p[1] - ring[i][1]), 0);
const seaParts = [];
for (const polygon of china.geometry.coordinates) {
  const exterior = polygon[0];
  const area = Math.abs(signedArea(exterior)) / 2;
  // A dash is a long thin band; an island is compact.
  const kind = area / perimeter(exterior) ** 2 < 0.01 ? 'dash' : 'island';
  const box = bbox(exterior);
  if (kind === 'island' && (area > 0.5 || box[3] > 22 || provinceBoxes.some((other) => overlaps(box, other)))) continue;
  seaParts.push({ type: 'Feature', properties: { kind }, geometry: { type: 'Polygon', coordinates: polygon } });
}
const counts = { island: 0, dash: 0 };
for (const part of seaParts) counts[part.properties.kind]++;
if (counts.dash !== 10 || counts.island < 6) throw new Error(`expected 10 dashes and 6 islands, found ${JSON.stringify(counts)}`);

const neighbours = world.features.filter((feature) => NEIGHBOURS.includes(feature.properties.iso_a2));

/** Runs mapshaper commands on named GeoJSON inputs; returns the named outputs, parsed. */
async function run(commands, files) {
  const output = await mapshaper.applyCommands(commands, files);
  return Object.fromEntries(Object.entries(output).map(([name, content]) => [name, JSON.parse(content)]));
}

// Each layer separately: mapshaper simplifies the arcs of everything loaded together.
const simplified = await run(
  ['-i provinces.json', '-clean', '-explode', `-simplify ${SIMPLIFY} weighted keep-shapes`, '-dissolve adcode', '-o provinces.json gj2008'].join(' '),
  { 'provinces.json': collection(provinces) },
);
const coasts = await run(
  [
    '-i neighbours.json',
    `-clip bbox=${LAND_BBOX.join(',')}`,
    // Islands of 2,000 km² and more (Luzon, Palawan, Borneo's coast…), each kept through simplification.
    '-explode',
    "-filter 'this.area > 2e9'",
    '-simplify 20% weighted keep-shapes',
    '-dissolve',
    '-o neighbours.json gj2008',
  ].join(' '),
  { 'neighbours.json': collection(neighbours.map((feature) => ({ type: 'Feature', properties: {}, geometry: feature.geometry }))) },
);
const combined = await run('-i provinces.json southChinaSea.json neighbours.json combine-files -o target=* format=topojson quantization=10000 id-field=adcode sw-china.topo.json', {
  'provinces.json': simplified['provinces.json'],
  'southChinaSea.json': collection(seaParts),
  'neighbours.json': coasts['neighbours.json'],
});
const topology = combined['sw-china.topo.json'];

// Checks: 34 provinces by adcode; every island kept (each source part of 0.001 square degrees or more, about
// 10 km², still has an output part over it); every exterior ring clockwise for d3-geo.
const geometries = topology.objects.provinces.geometries;
const ids = new Set(geometries.map((g) => g.id));
if (ids.size !== 34) throw new Error(`expected 34 provinces in the output, found ${ids.size}`);
const arcs = decodeArcs(topology);
for (const feature of provinces) {
  const kept = geometries.find((g) => g.id === feature.properties.adcode);
  const keptBoxes = (kept.type === 'MultiPolygon' ? kept.arcs : [kept.arcs]).map((polygon) => bbox(stitch(polygon[0], arcs)));
  for (const polygon of feature.geometry.coordinates) {
    if (Math.abs(signedArea(polygon[0])) / 2 < 1e-3) continue;
    const box = bbox(polygon[0]);
    if (!keptBoxes.some((other) => overlaps(box, other))) throw new Error(`${feature.properties.adcode}: the part at ${box.map((v) => v.toFixed(2))} was lost`);
  }
}
let rings = 0;
for (const object of Object.values(topology.objects)) {
  for (const geometry of object.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const polygon of polygons) {
      polygon.forEach((ringArcs, i) => {
        const area = signedArea(stitch(ringArcs, arcs));
        rings++;
        // Exterior rings clockwise (negative planar area), holes counter-clockwise.
        if ((i === 0) !== area < 0) throw new Error(`ring ${i} of ${geometry.id ?? geometry.properties?.kind} is wound the wrong way for d3-geo`);
      });
    }
  }
}

mkdirSync('data/geo', { recursive: true });
const text = JSON.stringify(topology);
writeFileSync(OUTPUT, text);
const islands = topology.objects.southChinaSea.geometries.length;
console.log(`${OUTPUT}: ${(text.length / 1024).toFixed(1)} KB, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip; ` + `34 provinces, ${geometries.reduce((n, g) => n + (g.type === 'MultiPolygon' ? g.arcs.length : 1), 0)} polygons, ${islands} sea features, ${rings} rings, all wound clockwise`);

/** The topology's arcs in degrees (delta-decoded and dequantized). */
function decodeArcs({ arcs, transform }) {
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
  });
}

/** A ring's points from its arc indices (~i is arc i reversed). */
function stitch(indices, arcs) {
  const ring = [];
  for (const index of indices) {
    const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
    ring.push(...(ring.length ? arc.slice(1) : arc));
  }
  return ring;
}
