// Builds data/geo/sw-china.map.json, the geometry of <sw-region-map layout="geo">:
//   npx tsx scripts/build/build-geo.mjs
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
import { geoArea, geoBounds, geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { decodeEchartsMap, signedArea } from '../../src/map/geo-echarts.ts';
import { conicEqualArea } from '../../src/map/geo-projection.ts';
import { neighbourTable } from '../../src/map/geo-neighbours.ts';

// mapshaper is not a devDependency (its optional GeoPackage support compiles native code on
// every `npm install`, for a build whose output is committed): this script installs its pinned
// version into node_modules/.cache/sw-geo-tools the first time it runs, and says so.
const MAPSHAPER = 'mapshaper@0.7.70';
const TOOLS = 'node_modules/.cache/sw-geo-tools';
const require = createRequire(import.meta.url);
const toolsRequire = createRequire(new URL(`../../${TOOLS}/package.json`, import.meta.url));
function loadMapshaper() {
  try {
    return toolsRequire('mapshaper');
  } catch {
    console.log(`installing ${MAPSHAPER} into ${TOOLS} (needed only to rebuild the geometry)`);
    mkdirSync(TOOLS, { recursive: true });
    writeFileSync(`${TOOLS}/package.json`, '{"private":true}\n');
    const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--omit=optional', MAPSHAPER], {
      cwd: TOOLS,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`could not install ${MAPSHAPER}`);
    return toolsRequire('mapshaper');
  }
}
const mapshaper = loadMapshaper();

const OUTPUT = 'data/geo/sw-china.map.json';
/** Width of the map in its own units (the svg's viewBox); the height follows from the geometry. */
const GEO_WIDTH = 1000;
/** Room around the map, so that the focus ring of a coastal division is not cut off. */
const MARGIN = 8;
/** Albers equal-area conic for China: central meridian 105°E, standard parallels 25°N and 47°N. */
const PROJECTION = { parallels: [25, 47], meridian: 105 };
/** [west, south, east, north] of the 南海诸岛 inset, in degrees. */
const INSET_BBOX = [106.5, 3, 123, 23];
/** Width of the inset, and the space between it and the nearest division above it, in map units. */
const INSET_WIDTH = 170;
const INSET_GAP = 12;
/** Coordinates are written in steps of this many map units: 0.12 CSS px on a map 1200 px wide. */
const QUANTUM = 0.1;
/** In the inset (170 units wide), a point closer than this to the last one kept is dropped. */
const INSET_MIN_STEP = 0.4;
/** Side of the cells of the land mask, in map units: where a small division's callout would cover land (src/map/geo-callouts.ts). */
const LAND_CELL = 10;
/** Share of removable points kept in the provinces. */
const SIMPLIFY = '10%';
/** Where neighbouring land is kept: a little larger than the 南海诸岛 inset (INSET_BBOX). */
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
const perimeter = (ring) =>
  ring.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - ring[i][0], p[1] - ring[i][1]), 0);
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
if (counts.dash !== 10 || counts.island < 6)
  throw new Error(`expected 10 dashes and 6 islands, found ${JSON.stringify(counts)}`);

const neighbours = world.features.filter((feature) => NEIGHBOURS.includes(feature.properties.iso_a2));

/** Runs mapshaper commands on named GeoJSON inputs; returns the named outputs, parsed. */
async function run(commands, files) {
  const output = await mapshaper.applyCommands(commands, files);
  return Object.fromEntries(Object.entries(output).map(([name, content]) => [name, JSON.parse(content)]));
}

// Each layer separately: mapshaper simplifies the arcs of everything loaded together.
const simplified = await run(
  [
    '-i provinces.json',
    '-clean',
    '-explode',
    `-simplify ${SIMPLIFY} weighted keep-shapes`,
    '-dissolve adcode',
    '-o provinces.json gj2008',
  ].join(' '),
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
  {
    'neighbours.json': collection(
      neighbours.map((feature) => ({ type: 'Feature', properties: {}, geometry: feature.geometry })),
    ),
  },
);
const combined = await run(
  '-i provinces.json southChinaSea.json neighbours.json combine-files -o target=* format=topojson quantization=10000 id-field=adcode sw-china.topo.json',
  {
    'provinces.json': simplified['provinces.json'],
    'southChinaSea.json': collection(seaParts),
    'neighbours.json': coasts['neighbours.json'],
  },
);
const topology = combined['sw-china.topo.json'];

// Checks: 34 provinces by adcode; every island kept (each source part of 0.001 square degrees or more, about
// 10 km², still has an output part over it); every exterior ring clockwise for d3-geo.
const geometries = topology.objects.provinces.geometries;
const ids = new Set(geometries.map((g) => g.id));
if (ids.size !== 34) throw new Error(`expected 34 provinces in the output, found ${ids.size}`);
const arcs = decodeArcs(topology);
for (const feature of provinces) {
  const kept = geometries.find((g) => g.id === feature.properties.adcode);
  const keptBoxes = (kept.type === 'MultiPolygon' ? kept.arcs : [kept.arcs]).map((polygon) =>
    bbox(stitch(polygon[0], arcs)),
  );
  for (const polygon of feature.geometry.coordinates) {
    if (Math.abs(signedArea(polygon[0])) / 2 < 1e-3) continue;
    const box = bbox(polygon[0]);
    if (!keptBoxes.some((other) => overlaps(box, other)))
      throw new Error(`${feature.properties.adcode}: the part at ${box.map((v) => v.toFixed(2))} was lost`);
  }
}
let rings = 0;
for (const object of Object.values(topology.objects)) {
  for (const geometry of object.geometries) {
    const polygons =
      geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const polygon of polygons) {
      polygon.forEach((ringArcs, i) => {
        const area = signedArea(stitch(ringArcs, arcs));
        rings++;
        // Exterior rings clockwise (negative planar area), holes counter-clockwise.
        if ((i === 0) !== area < 0)
          throw new Error(`ring ${i} of ${geometry.id ?? geometry.properties?.kind} is wound the wrong way for d3-geo`);
      });
    }
  }
}

// ---------------------------------------------------------------- projection and layout
// The page draws what is laid out here: path strings, centroids, bounds, neighbours (docs/geo.md).
const projected = projectTopology(topology);
const map = mapFile(projected);
mkdirSync('data/geo', { recursive: true });
const text = JSON.stringify(map);
writeFileSync(OUTPUT, text);
const islands = topology.objects.southChinaSea.geometries.length;
const gzipKb = (content) => (gzipSync(content, { level: 9 }).length / 1024).toFixed(1);
const sizes = (content) => `${(content.length / 1024).toFixed(1)} KB, ${gzipKb(content)} KB gzip`;
console.log(
  `${OUTPUT}: ${sizes(text)}; 34 provinces, ${geometries.reduce((n, g) => n + (g.type === 'MultiPolygon' ? g.arcs.length : 1), 0)} polygons, ${islands} sea features, ${rings} rings, all wound clockwise`,
);
// The alternatives measured (docs/geo.md): the same shapes as TopoJSON with shared arcs, projected (the page would
// decode arcs into paths and work out centroids and neighbours), and in longitude/latitude (the page would project).
console.log(
  `as projected TopoJSON: ${sizes(JSON.stringify(projected))}; as TopoJSON in longitude/latitude: ${sizes(JSON.stringify(topology))}`,
);

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

/**
 * The topology projected for the page: the provinces' and the main map's dash's arcs projected point by point
 * (so that shared borders stay shared) and quantized to QUANTUM map units, delta-encoded as TopoJSON arcs; the
 * inset's shapes projected with its own projection and clipped to its frame (each ring an arc of its own); and
 * `layout`, what the page needs besides: the size, the projection's parameters (for markers) and the inset's box.
 */
function projectTopology(topology) {
  const polygonal = (item) => item.geometry?.type === 'Polygon' || item.geometry?.type === 'MultiPolygon';
  const shapesOf = (name) => feature(topology, topology.objects[name]).features.filter(polygonal).map(windForD3);
  const provinces = shapesOf('provinces');
  const projection = geoConicEqualArea()
    .parallels(PROJECTION.parallels)
    .rotate([-PROJECTION.meridian, 0])
    // d3's conicEqualArea centres on 33.6442°N; at 0° the page's point projection needs no centre (fitWidth moves it).
    .center([0, 0])
    .fitWidth(GEO_WIDTH - 2 * MARGIN, collection(provinces));
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty + MARGIN]);
  const path = geoPath(projection);
  const mainHeight = path.bounds(collection(provinces))[1][1] + MARGIN;
  const bounds = provinces.map((shape) => path.bounds(shape));

  const seaGeometries = topology.objects.southChinaSea.geometries;
  const sea = shapesOf('southChinaSea');
  const dashes = sea.filter((shape) => shape.properties?.kind === 'dash');
  const islands = sea.filter((shape) => shape.properties?.kind !== 'dash');
  const coasts = shapesOf('neighbours');

  // The inset's own projection: the same conic turned to the sea's meridian, so that it stands upright.
  const [west, south, east, north] = INSET_BBOX;
  const outline = { type: 'MultiPoint', coordinates: edgePoints(west, south, east, north) };
  const insetProjection = geoConicEqualArea()
    .parallels(PROJECTION.parallels)
    .rotate([-(west + east) / 2, 0])
    .fitWidth(INSET_WIDTH, outline);
  const [[, oy0], [, oy1]] = geoPath(insetProjection).bounds(outline);
  const insetHeight = Math.round(oy1 - oy0);
  const x = GEO_WIDTH - MARGIN - INSET_WIDTH;
  // Below every division that it would otherwise cover (Taiwan with the Diaoyu Islands).
  const above = bounds.filter(([, [right]]) => right > x).map(([, [, bottom]]) => bottom);
  const y = Math.ceil(Math.max(...above, 0) + INSET_GAP);
  const height = Math.max(Math.ceil(mainHeight), y + insetHeight + MARGIN);
  const [itx, ity] = insetProjection.translate();
  insetProjection.translate([itx + x, ity + y - oy0]).clipExtent([
    [x, y],
    [x + INSET_WIDTH, y + insetHeight],
  ]);
  const inset = { x, y, width: INSET_WIDTH, height: insetHeight };

  // The main map shows the dash east of Taiwan; the inset shows the line south of its northern edge.
  const inside = ([[left, top], [right, bottom]]) => left >= 0 && top >= 0 && right <= GEO_WIDTH && bottom <= height;
  const mainDashes = seaGeometries.filter(
    (geometry, i) =>
      geometry.properties?.kind === 'dash' && geoBounds(sea[i])[0][1] >= north && inside(path.bounds(sea[i])),
  );

  // Main map: arcs projected point by point, only those the provinces and the main dashes use, renumbered.
  const lonLatArcs = decodeArcs(topology);
  const used = new Map();
  const renumber = (index) => {
    const arc = index < 0 ? ~index : index;
    if (!used.has(arc)) used.set(arc, used.size);
    return index < 0 ? ~used.get(arc) : used.get(arc);
  };
  const renumbered = (geometry) => ({
    ...geometry,
    arcs:
      geometry.type === 'Polygon'
        ? geometry.arcs.map((ring) => ring.map(renumber))
        : geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(renumber))),
  });
  const provinceGeometries = topology.objects.provinces.geometries.map((geometry) => ({
    ...renumbered(geometry),
    id: geometry.id,
  }));
  const dashGeometries = mainDashes.map((geometry) => ({ type: geometry.type, arcs: renumbered(geometry).arcs }));
  const quantize = ([px, py]) => [Math.round(px / QUANTUM), Math.round(py / QUANTUM)];
  const arcs = [...used.keys()].map((arc) =>
    withoutRepeats(lonLatArcs[arc].map((point) => quantize(projection(point)))),
  );
  const land = landMask(
    provinceGeometries.flatMap((geometry) =>
      (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs).flat().map((ring) => stitch(ring, arcs)),
    ),
    height,
  );

  // Inset: each shape clipped to the frame; every ring becomes an arc of its own.
  const insetGeometries = [];
  const addInset = (shapes, properties, id, minStep = INSET_MIN_STEP) => {
    const rings = ringsOf(insetProjection, shapes)
      .map((ring) => thin(ring.map(quantize), minStep / QUANTUM))
      .filter((ring) => ring.length >= 4);
    if (!rings.length) return;
    insetGeometries.push({
      type: 'Polygon',
      ...(id ? { id } : {}),
      properties,
      arcs: rings.map((ring) => [arcs.push(ring) - 1]),
    });
  };
  provinces.forEach((shape) => addInset([shape], { kind: 'province' }, String(shape.id)));
  addInset(coasts, { kind: 'land' });
  // Islands and dashes as drawn (a few points each).
  addInset(islands, { kind: 'island' }, undefined, 0);
  addInset(dashes, { kind: 'dash' }, undefined, 0);

  // The page's point projection (src/map/geo-projection.ts) must put markers where d3 put the shapes.
  const parameters = { ...PROJECTION, scale: projection.scale(), translate: projection.translate() };
  const project = conicEqualArea(parameters);
  for (const point of [
    [73.5, 39.4],
    [135, 48.4],
    [114.17, 22.3],
    [113.55, 22.19],
    [121.5, 25.04],
    [109.5, 18.2],
  ]) {
    const [ax, ay] = project(...point);
    const [bx, by] = projection(point);
    if (Math.abs(ax - bx) > 1e-6 || Math.abs(ay - by) > 1e-6)
      throw new Error(`the page's projection of ${point} differs from d3-geo's`);
  }

  return {
    type: 'Topology',
    transform: { scale: [QUANTUM, QUANTUM], translate: [0, 0] },
    layout: { width: GEO_WIDTH, height, projection: parameters, inset, landMask: land },
    objects: {
      provinces: { type: 'GeometryCollection', geometries: provinceGeometries },
      dashes: { type: 'GeometryCollection', geometries: dashGeometries },
      inset: { type: 'GeometryCollection', geometries: insetGeometries },
    },
    arcs: arcs.map(deltaEncode),
  };
}

/** d3-geo reads a counter-clockwise exterior ring (RFC 7946 order) as all the globe but the shape: such rings are reversed. */
function windForD3(shape) {
  const fix = (rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const { geometry } = shape;
  return {
    ...shape,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) },
  };
}

/** Points along the edges of a longitude/latitude box (its parallels are curves once projected). */
function edgePoints(west, south, east, north) {
  const points = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    const lat = south + ((north - south) * i) / 8;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return points;
}

/** The projected, clipped rings of some shapes, each closed (first point repeated at the end). */
function ringsOf(projection, shapes) {
  const rings = [];
  let ring = [];
  const context = {
    moveTo: (px, py) => rings.push((ring = [[px, py]])),
    lineTo: (px, py) => ring.push([px, py]),
    closePath: () => ring.push(ring[0]),
    arc: () => {},
  };
  geoPath(projection, context)(collection(shapes));
  return rings;
}

/** An arc without consecutive repeated points (quantizing makes some); at least two points. */
function withoutRepeats(points) {
  const kept = [points[0]];
  for (const point of points.slice(1)) {
    const last = kept[kept.length - 1];
    if (point[0] !== last[0] || point[1] !== last[1]) kept.push(point);
  }
  if (kept.length === 1) kept.push(kept[0]);
  return kept;
}

/** A closed ring without the points closer than `step` to the last one kept (the closing point stays). */
function thin(ring, step) {
  const kept = [ring[0]];
  for (const point of ring.slice(1, -1)) {
    const last = kept[kept.length - 1];
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) >= step) kept.push(point);
  }
  kept.push(ring[ring.length - 1]);
  return withoutRepeats(kept);
}

/**
 * The file the page reads (src/map/geo-map.ts, GeoMapFile): the projected topology's shapes as SVG path data with
 * relative coordinates ("M12.3 45.6l.1-.2…z"), each division's bounds and area-weighted centroid, where each arrow
 * key goes (src/map/geo-neighbours.ts, by centroids and shared arcs), the inset and the land mask.
 */
function mapFile(topology) {
  const { layout } = topology;
  const decoder = arcDecoder(topology);
  const geometries = topology.objects.provinces.geometries;
  const divisions = geometries.map((geometry) => ({ code: String(geometry.id), ...decoder.shape(geometry) }));
  // Divisions that share an arc share a border (the borders were cleaned so that they match).
  const owners = new Map();
  for (const geometry of geometries) {
    for (const arc of new Set(geometry.arcs.flat(2).map((index) => (index < 0 ? ~index : index))))
      owners.set(arc, [...(owners.get(arc) ?? []), String(geometry.id)]);
  }
  const adjacent = new Map();
  for (const codes of owners.values())
    for (const code of codes)
      adjacent.set(code, new Set([...(adjacent.get(code) ?? []), ...codes.filter((other) => other !== code)]));
  const insetShapes = topology.objects.inset.geometries;
  const paths = (kind) =>
    insetShapes
      .filter((geometry) => geometry.properties.kind === kind)
      .map((geometry) => decoder.shape(geometry).d)
      .join('');
  const round = (value) => Math.round(value * 10) / 10;
  return {
    type: 'sw-china-map',
    version: 1,
    width: layout.width,
    height: layout.height,
    projection: layout.projection,
    divisions: divisions.map(({ code, d, centroid, bounds }) => ({
      code,
      d,
      centroid: centroid.map(round),
      bounds: bounds.map((point) => point.map(round)),
    })),
    dashes: topology.objects.dashes.geometries.map((geometry) => decoder.shape(geometry).d).join(''),
    inset: {
      ...layout.inset,
      divisions: insetShapes
        .filter((geometry) => geometry.properties.kind === 'province')
        .map((geometry) => ({ code: geometry.id, d: decoder.shape(geometry).d })),
      land: paths('land'),
      islands: paths('island'),
      dashes: paths('dash'),
    },
    neighbours: neighbourTable(
      divisions.map(({ code, centroid: [x, y] }) => ({ code, x, y, adjacent: [...(adjacent.get(code) ?? [])] })),
    ),
    landMask: layout.landMask,
  };
}

/**
 * Decodes a projected topology's arcs once (delta-decoded, still quantized) and turns geometries into path data
 * with relative coordinates, their bounds and their area-weighted centroids (as d3's path.centroid).
 */
function arcDecoder(topology) {
  const [sx, sy] = topology.transform.scale;
  // A scale of 1/10 is written by dividing the integers: exact decimals (12.3, not 12.299999999999999).
  const [dx, dy] = [Math.round(1 / sx), Math.round(1 / sy)];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([ax, ay]) => [(x += ax), (y += ay)]);
  });
  return {
    shape(geometry) {
      const rings = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs)
        .flat()
        .map((indices) => stitch(indices, arcs));
      let d = '';
      let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
      let area = 0;
      let cx = 0;
      let cy = 0;
      for (const ring of rings) {
        // The closing point repeats the first: `z` draws that side.
        const closed =
          ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
        const points = closed ? ring.slice(0, -1) : ring;
        if (points.length < 3) continue;
        d += `M${points[0][0] / dx} ${points[0][1] / dy}l`;
        points.forEach(([x, y], i) => {
          if (i) d += `${i > 1 ? ' ' : ''}${(x - points[i - 1][0]) / dx} ${(y - points[i - 1][1]) / dy}`;
          [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
          // The shoelace formula (holes, wound the other way, subtract).
          const [nx, ny] = points[(i + 1) % points.length];
          const cross = x * ny - nx * y;
          area += cross;
          cx += (x + nx) * cross;
          cy += (y + ny) * cross;
        });
        d += 'z';
      }
      const centroid = area
        ? [cx / (3 * area) / dx, cy / (3 * area) / dy]
        : [(left + right) / 2 / dx, (top + bottom) / 2 / dy];
      return {
        d: d.replaceAll(' -', '-').replace(/(?<![\d.])0\./g, '.'),
        centroid,
        bounds: [
          [left / dx, top / dy],
          [right / dx, bottom / dy],
        ],
      };
    },
  };
}

/**
 * Which cells of a grid over the map (LAND_CELL units square, row by row from the top left) have their centre on
 * a division: the lengths of alternating runs of sea and land cells, sea first.
 */
function landMask(rings, height) {
  const columns = Math.ceil(GEO_WIDTH / LAND_CELL);
  const rows = Math.ceil(height / LAND_CELL);
  const boxes = rings.map((ring) => bbox(ring));
  const inside = (px, py) => {
    let odd = false;
    rings.forEach((ring, r) => {
      const [left, top, right, bottom] = boxes[r];
      if (px < left || px > right || py < top || py > bottom) return;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) odd = !odd;
      }
    });
    return odd;
  };
  const runs = [0];
  let current = false;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const isLand = inside(((column + 0.5) * LAND_CELL) / QUANTUM, ((row + 0.5) * LAND_CELL) / QUANTUM);
      if (isLand !== current) {
        runs.push(0);
        current = isLand;
      }
      runs[runs.length - 1]++;
    }
  }
  return { cell: LAND_CELL, columns, rows, runs };
}

/** TopoJSON's delta encoding: the first point, then each point minus the one before. */
function deltaEncode(points) {
  return points.map(([px, py], i) => (i ? [px - points[i - 1][0], py - points[i - 1][1]] : [px, py]));
}
