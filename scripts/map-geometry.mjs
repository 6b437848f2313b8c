// The map page's base geometry: land and country borders from Natural Earth
// (world-atlas, ISC; the data is public domain), projected for the portal's
// map of Eurasia, clipped, simplified to the drawing's resolution and written
// as SVG path data to target/map/geometry.json, which Trunk copies to
// dist/map/geometry.json (index.html). Runs before every Trunk build (a
// pre_build hook in Trunk.toml) and does nothing when its output is newer than
// its inputs.
//
//   node scripts/map-geometry.mjs              writes target/map/geometry.json if needed
//   node scripts/map-geometry.mjs --force      writes it in any case
//   node scripts/map-geometry.mjs --project    prints the layout and every park's position,
//                                              which the native tests compare with crates/core/src/map/
//
// The projection and layout below are mirrored in crates/core/src/map/: change both together.
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'target/map/geometry.json');
const ATLAS = path.join(root, 'node_modules/world-atlas');
const INPUTS = [
  fileURLToPath(import.meta.url),
  path.join(ATLAS, 'land-50m.json'),
  path.join(ATLAS, 'countries-50m.json'),
];

/**
 * Equirectangular projection true to scale along `parallel`, fitted to
 * `width` drawing units from `west` to `east`, `north` at the top. The detail
 * panel shows the area `detail` (degrees) magnified into the rectangle at
 * (x, y) of the given width, keeping the projection's proportions.
 */
export const MAP = {
  width: 1000,
  parallel: 40,
  west: -12,
  east: 166,
  north: 60,
  south: 6,
  detail: { west: 112.6, east: 126.2, north: 44.2, south: 29.2, x: 792, y: 28, width: 200 },
};

const K = Math.cos((MAP.parallel * Math.PI) / 180);
/** Drawing units per degree of latitude. */
export const SCALE = MAP.width / ((MAP.east - MAP.west) * K);
export const HEIGHT = (MAP.north - MAP.south) * SCALE;

/** [lon, lat] → [x, y] in the main map's drawing units. */
export function project([lon, lat]) {
  return [(lon - MAP.west) * K * SCALE, (MAP.north - lat) * SCALE];
}

/** The detail panel: its magnification and rectangle, and where a main-map point lands in it. */
export const DETAIL = (() => {
  const d = MAP.detail;
  const [x0, y0] = project([d.west, d.north]);
  const [x1, y1] = project([d.east, d.south]);
  const zoom = d.width / (x1 - x0);
  return {
    zoom,
    source: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    rect: { x: d.x, y: d.y, width: d.width, height: (y1 - y0) * zoom },
    /** A point of the main map → the same place in the detail panel. */
    map: ([x, y]) => [d.x + (x - x0) * zoom, d.y + (y - y0) * zoom],
  };
})();

// ---------------------------------------------------------------- geometry

/** Sutherland–Hodgman: a closed ring clipped to an axis-aligned rectangle. */
function clipRing(ring, { x0, y0, x1, y1 }) {
  const edges = [
    [(p) => p[0] >= x0, (a, b) => cut(a, b, 0, x0)],
    [(p) => p[0] <= x1, (a, b) => cut(a, b, 0, x1)],
    [(p) => p[1] >= y0, (a, b) => cut(a, b, 1, y0)],
    [(p) => p[1] <= y1, (a, b) => cut(a, b, 1, y1)],
  ];
  let points = ring;
  for (const [inside, intersect] of edges) {
    if (!points.length) break;
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[(i + points.length - 1) % points.length];
      const b = points[i];
      if (inside(b)) {
        if (!inside(a)) next.push(intersect(a, b));
        next.push(b);
      } else if (inside(a)) {
        next.push(intersect(a, b));
      }
    }
    points = next;
  }
  return points;
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** A line cut into the runs that fall inside the rectangle (one point beyond each end kept). */
function clipLine(line, { x0, y0, x1, y1 }) {
  const inside = (p) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
  const runs = [];
  let run = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i];
    if (inside(p)) {
      if (!run.length && i > 0) run.push(line[i - 1]);
      run.push(p);
    } else if (run.length) {
      run.push(p);
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** Douglas–Peucker with an explicit stack (coastlines have thousands of points). */
function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1, worstD = t2;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      let d;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d > worstD) { worst = i; worstD = d; }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[(i + 1) % ring.length];
    sum += ax * by - bx * ay;
  }
  return Math.abs(sum) / 2;
}

/**
 * SVG path data in relative moves, coordinates rounded to `step` drawing
 * units; points that round onto the previous one are dropped.
 */
function pathData(parts, { step, closed }) {
  const digits = Math.max(0, Math.round(-Math.log10(step)));
  const q = (v) => Math.round(v / step);
  const num = (n) => {
    let s = (n * step).toFixed(digits);
    if (s.includes('.')) s = s.replace(/\.?0+$/, '');
    s = s.replace(/^(-?)0\./, '$1.');
    return s === '-0' ? '0' : s;
  };
  let out = '';
  for (const part of parts) {
    const qs = [];
    for (const [x, y] of part) {
      const p = [q(x), q(y)];
      const prev = qs[qs.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) qs.push(p);
    }
    if (qs.length < (closed ? 3 : 2)) continue;
    out += `M${num(qs[0][0])} ${num(qs[0][1])}`;
    let cmd = '';
    for (let i = 1; i < qs.length; i++) {
      const dx = qs[i][0] - qs[i - 1][0];
      const dy = qs[i][1] - qs[i - 1][1];
      const pair = `${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}`;
      out += (cmd ? (dx < 0 ? '' : ' ') : 'l') + pair;
      cmd = 'l';
    }
    if (closed) out += 'z';
  }
  return out;
}

/** Land polygons and border lines of one view: projected, clipped, simplified. */
function view({ land, borders, transform, bounds, tolerance, minArea, step }) {
  const margin = 2;
  const box = { x0: bounds.x - margin, y0: bounds.y - margin, x1: bounds.x + bounds.width + margin, y1: bounds.y + bounds.height + margin };
  const rings = [];
  for (const polygon of land) {
    for (const ring of polygon) {
      const projected = ring.map((p) => transform(project(p)));
      const clipped = clipRing(projected, box);
      if (clipped.length < 3 || area(clipped) < minArea) continue;
      rings.push(simplify([...clipped, clipped[0]], tolerance).slice(0, -1));
    }
  }
  const lines = [];
  for (const line of borders) {
    for (const run of clipLine(line.map((p) => transform(project(p))), box)) {
      lines.push(simplify(run, tolerance));
    }
  }
  return {
    land: pathData(rings.filter((r) => r.length >= 3), { step, closed: true }),
    borders: pathData(lines, { step, closed: false }),
  };
}

async function build() {
  const { feature, mesh } = await import('topojson-client');
  const land = JSON.parse(await readFile(path.join(ATLAS, 'land-50m.json'), 'utf8'));
  const countries = JSON.parse(await readFile(path.join(ATLAS, 'countries-50m.json'), 'utf8'));
  const landGeometry = feature(land, land.objects.land).features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
  const borderLines = mesh(countries, countries.objects.countries, (a, b) => a !== b).coordinates;
  const main = view({
    land: landGeometry, borders: borderLines, transform: (p) => p,
    bounds: { x: 0, y: 0, width: MAP.width, height: HEIGHT },
    tolerance: 0.5, minArea: 4, step: 1,
  });
  const detail = view({
    land: landGeometry, borders: borderLines, transform: DETAIL.map,
    bounds: DETAIL.rect, tolerance: 0.45, minArea: 3, step: 0.5,
  });
  return {
    attribution: 'Natural Earth (public domain), via world-atlas 2.0.2 (ISC)',
    width: MAP.width,
    height: round(HEIGHT),
    land: main.land,
    borders: main.borders,
    detail_land: detail.land,
    detail_borders: detail.borders,
  };
}

const round = (v) => Math.round(v * 1000) / 1000;

async function mtime(file) {
  try { return (await stat(file)).mtimeMs; } catch { return null; }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--project')) {
    const dataset = JSON.parse(await readFile(path.join(root, 'public/data/portal.json'), 'utf8'));
    const parks = Object.fromEntries(dataset.parks.map((p) => {
      const main = project([p.location.lon, p.location.lat]);
      return [p.id, { main, detail: DETAIL.map(main) }];
    }));
    const { map: _, ...detail } = DETAIL;
    console.log(JSON.stringify({ map: MAP, scale: SCALE, height: HEIGHT, detail, parks }, null, 1));
    return;
  }
  const built = await mtime(OUT);
  if (!args.includes('--force') && built !== null) {
    const inputs = await Promise.all(INPUTS.map(mtime));
    if (inputs.every((t) => t !== null && t < built)) return;
  }
  const started = Date.now();
  const geometry = await build();
  const text = JSON.stringify(geometry);
  await mkdir(path.dirname(OUT), { recursive: true });
  // Written under a temporary name and renamed, so a build never copies half a file.
  const tmp = `${OUT}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await (await import('node:fs/promises')).rename(tmp, OUT);
  console.log(`map geometry: ${path.relative(root, OUT)}, ${(text.length / 1024).toFixed(1)} KB in ${Date.now() - started} ms`);
}

await main();
