/**
 * Callouts for the divisions that are too small to point at on the
 * geographic map (Hong Kong and Macao at any width; Shanghai, Tianjin,
 * Beijing… on a narrow one): a labelled box of at least 24 × 24 CSS px
 * (WCAG 2.5.8), placed near the division, preferably over the sea, with a
 * leader line to it, as newsroom maps of China draw them. The box is the
 * division's target; the element colors it like the division. Pure.
 */
import type { Point } from './geo-map.js';

/** The smallest target, in CSS px (WCAG 2.5.8, target size minimum). */
export const MIN_TARGET_PX = 24;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the land is: cells of `cell` map units, row by row from the top left, as runs of sea and land cells (sea first). */
export interface LandMask {
  cell: number;
  columns: number;
  rows: number;
  runs: number[];
}

export interface CalloutTarget {
  code: string;
  centroid: Point;
  bounds: [Point, Point];
  /** The label's width in CSS px at `fontPx`. */
  labelPx: number;
}

export interface Callout {
  code: string;
  /** The box, in map units. */
  box: Box;
  /** From the division's centroid to the box's edge. */
  leader: [Point, Point];
}

export interface CalloutOptions {
  /** CSS px per map unit. */
  scale: number;
  /** The map's size in its units. */
  width: number;
  height: number;
  /** Boxes a callout must not cover (the 南海诸岛 inset). */
  avoid?: readonly Box[];
  landMask?: LandMask;
  /** The label's font size in CSS px. */
  fontPx?: number;
}

/** A division whose shape cannot hold a target of 24 × 24 CSS px at this scale (its box is narrower or lower). */
export function isSmall([[left, top], [right, bottom]]: [Point, Point], scale: number): boolean {
  return Math.min(right - left, bottom - top) * scale < MIN_TARGET_PX;
}

/**
 * A box over land counts as this much more leader line, at least LAND_PENALTY_PX CSS px: callouts go over the
 * sea when it is near, and beside an inland division (Shanxi on a narrow map) when it is not.
 */
const LAND_PENALTY_SHARE = 0.06;
const LAND_PENALTY_PX = 60;
/** Room between a callout and what it must not touch, CSS px. */
const GAP_PX = 3;
/**
 * The directions a callout is looked for in, from the division's centroid: every 22.5° (x and y apart, and the loops
 * below over indices: the placement runs once, cold, on a page's first geographic map, where V8 interprets it and
 * destructuring, iterators and a box object per candidate cost more than the arithmetic).
 */
const DIRECTION_X = Array.from({ length: 16 }, (_, i) => Math.cos((i * Math.PI) / 8));
const DIRECTION_Y = Array.from({ length: 16 }, (_, i) => Math.sin((i * Math.PI) / 8));
/** How far beyond the division's box a callout is looked for, CSS px: near first, in growing steps. */
const DISTANCES_PX = [0, 4, 8, 14, 20, 30, 44, 64, 96, 140];

/**
 * Per mask: its cells (1 for land), and per row the land's column ranges (`[from, to, from, to…]`), so that the land
 * under a box is counted a range at a time. Both come from the runs in one pass (a table per cell cost more to build,
 * cold, than all the counting it saved).
 */
const masks = new WeakMap<LandMask, { cells: Uint8Array; spans: number[][] }>();
function landCells(mask: LandMask) {
  let found = masks.get(mask);
  if (!found) {
    const { columns, rows } = mask;
    const cells = new Uint8Array(columns * rows);
    const spans: number[][] = Array.from({ length: rows }, () => []);
    let at = 0;
    mask.runs.forEach((run, i) => {
      if (i % 2)
        for (let start = at, row = Math.floor(at / columns); start < at + run; row++) {
          const end = Math.min(at + run, (row + 1) * columns);
          cells.fill(1, start, end);
          spans[row].push(start - row * columns, end - row * columns);
          start = end;
        }
      at += run;
    });
    masks.set(mask, (found = { cells, spans }));
  }
  return found;
}

/** The cell of a coordinate along an axis of `count` cells, kept inside the mask. */
const cellOf = (value: number, cell: number, count: number) =>
  Math.max(0, Math.min(count - 1, Math.floor(value / cell)));

/** The share of the cells under a box that are land (0 without a mask). */
export function landShare(box: Box, mask: LandMask | undefined): number {
  return mask ? landShareAt(box.x, box.y, box.width, box.height, mask, landCells(mask).spans) : 0;
}

function landShareAt(x: number, y: number, width: number, height: number, mask: LandMask, spans: number[][]): number {
  const { cell, columns, rows } = mask;
  const c0 = cellOf(x, cell, columns);
  const c1 = cellOf(x + width, cell, columns) + 1;
  const r0 = cellOf(y, cell, rows);
  const r1 = cellOf(y + height, cell, rows) + 1;
  let land = 0;
  for (let row = r0; row < r1; row++) {
    const ranges = spans[row];
    for (let i = 0; i < ranges.length; i += 2)
      land += Math.max(0, Math.min(ranges[i + 1], c1) - Math.max(ranges[i], c0));
  }
  return land / ((r1 - r0) * (c1 - c0));
}

/** Does the box at x, y of width × height come within `gap` of box `b`? */
const overlapsAt = (x: number, y: number, width: number, height: number, b: Box, gap: number) =>
  x < b.x + b.width + gap && b.x < x + width + gap && y < b.y + b.height + gap && b.y < y + height + gap;
const boundsBox = ([[left, top], [right, bottom]]: [Point, Point]): Box => ({
  x: left,
  y: top,
  width: right - left,
  height: bottom - top,
});

/**
 * A callout for each target: among boxes along 16 directions from its
 * centroid, the one with the shortest leader, counting a box over land as
 * LAND_PENALTY_PX longer and a leader that crosses another or runs under
 * another callout as CROSSING_PENALTY_PX longer, that stays inside the map
 * and clear of the boxes to avoid, of the other callouts and of every
 * target's own shape. The division nearest the sea chooses first (Tianjin,
 * beside the Bohai Sea, before Beijing behind it).
 */
export function placeCallouts(targets: readonly CalloutTarget[], options: CalloutOptions): Callout[] {
  const sea = new Map(targets.map((target) => [target, seaDistance(target, options.landMask)]));
  const order = [...targets].sort(
    (a, b) => sea.get(a)! - sea.get(b)! || size(a) - size(b) || a.code.localeCompare(b.code),
  );
  const placed: Callout[] = [];
  for (const target of order) {
    const best = bestCallout(target, targets, placed, options);
    const { width, height } = options;
    const box = best?.box ?? fallbackBox(target, options);
    placed.push({
      code: target.code,
      box: clampBox(box, width, height),
      leader: [target.centroid, edgePoint(box, target.centroid)],
    });
  }
  return targets.map((target) => placed.find((callout) => callout.code === target.code)!);
}

/** How many land cells lie between a division's centroid and the sea, in the nearest of the sixteen directions. */
function seaDistance({ centroid: [x, y] }: CalloutTarget, mask: LandMask | undefined): number {
  if (!mask) return 0;
  const { cells } = landCells(mask);
  const { cell, columns, rows } = mask;
  let nearest = Infinity;
  for (let d = 0; d < 16; d++) {
    const ux = DIRECTION_X[d];
    const uy = DIRECTION_Y[d];
    for (let i = 0; i < nearest; i++) {
      const column = Math.floor((x + ux * i * cell) / cell);
      const row = Math.floor((y + uy * i * cell) / cell);
      if (column < 0 || row < 0 || column >= columns || row >= rows || !cells[row * columns + column]) {
        nearest = i;
        break;
      }
    }
  }
  return nearest;
}

/** A leader that crosses another leader, or passes under another callout, counts as this much longer (CSS px). */
const CROSSING_PENALTY_PX = 40;

function boxSize(target: CalloutTarget, { scale, fontPx = 12 }: CalloutOptions): [number, number] {
  return [Math.max(MIN_TARGET_PX, target.labelPx + 10) / scale, Math.max(MIN_TARGET_PX, fontPx * 1.25 + 8) / scale];
}

function bestCallout(
  target: CalloutTarget,
  targets: readonly CalloutTarget[],
  placed: readonly Callout[],
  options: CalloutOptions,
): { score: number; box: Box; free: boolean } | null {
  const { scale, width, height, avoid = [], landMask } = options;
  const spans = landMask && landCells(landMask).spans;
  const landPenalty = Math.max(LAND_PENALTY_PX, LAND_PENALTY_SHARE * width * scale);
  const unit = (px: number) => px / scale;
  const gap = unit(GAP_PX);
  // What a callout must stay clear of: the boxes to avoid and every target's shape.
  const clear = [...avoid, ...targets.map((other) => boundsBox(other.bounds))];
  const [boxWidth, boxHeight] = boxSize(target, options);
  const [cx, cy] = target.centroid;
  const [[left, top], [right, bottom]] = target.bounds;
  let best: { score: number; box: Box; free: boolean } | null = null;
  for (let d = 0; d < 16; d++) {
    const ux = DIRECTION_X[d];
    const uy = DIRECTION_Y[d];
    // From the edge of the division's box, outwards.
    const edge = Math.min(
      ux ? Math.abs((ux > 0 ? right - cx : cx - left) / ux) : Infinity,
      uy ? Math.abs((uy > 0 ? bottom - cy : cy - top) / uy) : Infinity,
    );
    const half = (Math.abs(ux) * boxWidth + Math.abs(uy) * boxHeight) / 2;
    for (let step = 0; step < DISTANCES_PX.length; step++) {
      const distance = edge + gap + unit(DISTANCES_PX[step]);
      // Penalties only add to the distance: farther out this way cannot beat a free box found already.
      if (best?.free && distance * scale >= best.score) break;
      const x = cx + ux * (distance + half) - boxWidth / 2;
      const y = cy + uy * (distance + half) - boxHeight / 2;
      if (x < 0 || y < 0 || x + boxWidth > width || y + boxHeight > height) continue;
      let free = true;
      for (let i = 0; free && i < placed.length; i++) free = !overlapsAt(x, y, boxWidth, boxHeight, placed[i].box, gap);
      // The cheap parts of the score first (the distance, then the land): a box that cannot win is not looked at further.
      if (best && ((best.free && !free) || (free === best.free && distance * scale >= best.score))) continue;
      let score =
        distance * scale + (spans ? landPenalty * landShareAt(x, y, boxWidth, boxHeight, landMask, spans) : 0);
      if (best && free === best.free && score >= best.score) continue;
      let blocked = false;
      for (let i = 0; !blocked && i < clear.length; i++) blocked = overlapsAt(x, y, boxWidth, boxHeight, clear[i], gap);
      if (blocked) continue;
      const box = { x, y, width: boxWidth, height: boxHeight };
      const leader: [Point, Point] = [target.centroid, edgePoint(box, target.centroid)];
      score +=
        CROSSING_PENALTY_PX *
        placed.filter(
          (other) =>
            crosses(leader, other.leader) || segmentMeetsBox(leader, other.box) || segmentMeetsBox(other.leader, box),
        ).length;
      // A box clear of the other callouts beats any that is not; then the lowest score.
      if (!best || (free !== best.free ? free : score < best.score)) best = { score, box, free };
    }
  }
  return best;
}

function fallbackBox(target: CalloutTarget, options: CalloutOptions): Box {
  const [boxWidth, boxHeight] = boxSize(target, options);
  return {
    x: target.centroid[0] - boxWidth / 2,
    y: target.bounds[1][1] + GAP_PX / options.scale,
    width: boxWidth,
    height: boxHeight,
  };
}

function clampBox(box: Box, width: number, height: number): Box {
  return {
    ...box,
    x: Math.min(width - box.width, Math.max(0, box.x)),
    y: Math.min(height - box.height, Math.max(0, box.y)),
  };
}

/** Which side of the line p→q the point r lies on: 1, -1, or 0 on it. */
const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
  Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));

/** Do the segments ab and cd cross (touching ends do not count)? Numbers, not points: it runs for every candidate box. */
function crossing(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number) {
  return (
    side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 &&
    side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0
  );
}

/** Do two segments cross (touching ends do not count)? Segments whose boxes are apart do not, which is cheaper to see. */
const crosses = ([[ax, ay], [bx, by]]: [Point, Point], [[cx, cy], [dx, dy]]: [Point, Point]) =>
  Math.max(ax, bx) >= Math.min(cx, dx) &&
  Math.max(cx, dx) >= Math.min(ax, bx) &&
  Math.max(ay, by) >= Math.min(cy, dy) &&
  Math.max(cy, dy) >= Math.min(ay, by) &&
  crossing(ax, ay, bx, by, cx, cy, dx, dy);

/** Does a segment pass through a box (an end inside it, or crossing one of its sides)? */
function segmentMeetsBox([[ax, ay], [bx, by]]: [Point, Point], { x, y, width, height }: Box): boolean {
  const right = x + width;
  const bottom = y + height;
  // A segment wholly to one side of the box meets none of it.
  if (Math.max(ax, bx) < x || Math.min(ax, bx) > right || Math.max(ay, by) < y || Math.min(ay, by) > bottom)
    return false;
  const inside = (px: number, py: number) => px > x && px < right && py > y && py < bottom;
  return (
    inside(ax, ay) ||
    inside(bx, by) ||
    crossing(ax, ay, bx, by, x, y, right, y) ||
    crossing(ax, ay, bx, by, right, y, right, bottom) ||
    crossing(ax, ay, bx, by, right, bottom, x, bottom) ||
    crossing(ax, ay, bx, by, x, bottom, x, y)
  );
}

function size({ bounds: [[left, top], [right, bottom]] }: CalloutTarget): number {
  return Math.max(right - left, bottom - top);
}

/** Where the line from the box's centre to a point leaves the box. */
function edgePoint(box: Box, [px, py]: Point): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = px - cx;
  const dy = py - cy;
  const t = Math.min(dx ? box.width / 2 / Math.abs(dx) : Infinity, dy ? box.height / 2 / Math.abs(dy) : Infinity, 1);
  return [cx + dx * t, cy + dy * t];
}
