/**
 * Geometry and keyboard neighbours of the division tile grid
 * (DIVISION_GRID: 7 columns × 8 rows, some cells empty). Pure.
 */
import type { Division, DivisionGrid } from './divisions.js';

/** Side of a square tile in SVG user units; every other size is relative to it. */
export const TILE_SIZE = 100;
/** Space between tiles, in user units. */
export const TILE_GAP = 8;
/** Space around the grid so the focus ring of an edge tile is not cut off, in user units. */
export const GRID_MARGIN = 8;

export interface TileBox {
  division: Division;
  x: number;
  y: number;
  size: number;
}

export interface GridLayout {
  /** The SVG viewBox: `minX minY width height`. */
  viewBox: string;
  width: number;
  height: number;
  /** Tiles in reading order (row by row, left to right). */
  tiles: TileBox[];
}

/** Divisions in reading order: top row first, left to right. */
export function readingOrder(divisions: readonly Division[]): Division[] {
  return [...divisions].sort((a, b) => a.tile.row - b.tile.row || a.tile.col - b.tile.col);
}

/** Where each tile goes in a viewBox that keeps tiles square at any rendered size. */
export function gridLayout(grid: DivisionGrid): GridLayout {
  const pitch = TILE_SIZE + TILE_GAP;
  const width = grid.columns * pitch - TILE_GAP + 2 * GRID_MARGIN;
  const height = grid.rows * pitch - TILE_GAP + 2 * GRID_MARGIN;
  return {
    viewBox: `${-GRID_MARGIN} ${-GRID_MARGIN} ${width} ${height}`,
    width,
    height,
    tiles: readingOrder(grid.divisions).map((division) => ({
      division,
      x: division.tile.col * pitch,
      y: division.tile.row * pitch,
      size: TILE_SIZE,
    })),
  };
}

export type GridDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The tile a keyboard user reaches from `from` with an arrow key: the nearest
 * tile in the same row (or column) in that direction, skipping empty cells;
 * when there is none, the nearest tile in that half of the grid, counting a
 * step sideways as two steps ahead. Null at the edge of the grid.
 */
export function gridNeighbour(
  divisions: readonly Division[],
  from: Division,
  direction: GridDirection,
): Division | null {
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best: Division | null = null;
  let bestKey: number[] = [];
  for (const candidate of readingOrder(divisions)) {
    const dCol = candidate.tile.col - from.tile.col;
    const dRow = candidate.tile.row - from.tile.row;
    const ahead = (horizontal ? dCol : dRow) * sign;
    const sideways = Math.abs(horizontal ? dRow : dCol);
    if (ahead <= 0) continue;
    // Same line first, then the weighted distance, then the smaller sideways step; reading order breaks ties.
    const key = [sideways === 0 ? 0 : 1, ahead + 2 * sideways, sideways];
    if (!best || isBefore(key, bestKey)) {
      best = candidate;
      bestKey = key;
    }
  }
  return best;
}

function isBefore(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
