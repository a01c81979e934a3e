/**
 * Keyboard neighbours on the geographic map: where an arrow key goes from a
 * division, by the divisions' centroids on screen (x right, y down). Pure.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface CentroidPoint {
  code: string;
  x: number;
  y: number;
  /** Codes of the divisions that share a border with this one. */
  adjacent?: readonly string[];
}

export const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];

/**
 * The division an arrow key reaches from `from`, by centroids: first the
 * divisions sharing a border with `from` whose centroid lies ahead in that
 * direction, at most about 63° off it (a step sideways at most twice a step
 * ahead), those within 45° before the others; then any other division within
 * 45°. Among these, the nearest, counting a step sideways as two steps ahead;
 * the first in `points` order breaks ties. So Down from Jiangxi is Guangdong,
 * not Hong Kong, whose tiny shape has its centroid straighter below, and Up
 * from Macao is Guangdong, not Hong Kong beside it. Null when nothing lies
 * ahead (the edge of the map: Right from Taiwan).
 */
export function centroidNeighbour(
  points: readonly CentroidPoint[],
  from: CentroidPoint,
  direction: Direction,
): CentroidPoint | null {
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best: CentroidPoint | null = null;
  let bestKey = [Infinity];
  for (const point of points) {
    const ahead = (horizontal ? point.x - from.x : point.y - from.y) * sign;
    const sideways = Math.abs(horizontal ? point.y - from.y : point.x - from.x);
    const adjacent = from.adjacent?.includes(point.code) ?? false;
    if (point.code === from.code || ahead <= 0 || sideways > (adjacent ? 2 : 1) * ahead) continue;
    const key = [adjacent ? 0 : 1, sideways <= ahead ? 0 : 1, ahead + 2 * sideways];
    if (isBefore(key, bestKey)) {
      best = point;
      bestKey = key;
    }
  }
  return best;
}

/** Every division's neighbour in each direction (codes; absent at the edge). */
export function neighbourTable(points: readonly CentroidPoint[]): Record<string, Partial<Record<Direction, string>>> {
  const table: Record<string, Partial<Record<Direction, string>>> = {};
  for (const point of points) {
    const entry: Partial<Record<Direction, string>> = (table[point.code] = {});
    for (const direction of DIRECTIONS) {
      const next = centroidNeighbour(points, point, direction);
      if (next) entry[direction] = next.code;
    }
  }
  return table;
}

function isBefore(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
