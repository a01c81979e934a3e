/**
 * The map's projection for single points (a report's places, as markers):
 * Albers equal-area conic, as d3-geo's `geoConicEqualArea()` with
 * `rotate([-meridian, 0])`, `parallels`, `scale` and `translate`, in a few lines. The geometry itself
 * is projected when it is built (scripts/build/build-geo.mjs), which writes these
 * parameters into the file; the page projects only points. Pure.
 */

export interface ConicProjection {
  /** Standard parallels in degrees, e.g. [25, 47]. */
  parallels: [number, number];
  /** The central meridian in degrees east (105 turns as d3's `rotate([-105, 0])`). */
  meridian: number;
  scale: number;
  translate: [number, number];
}

const RADIANS = Math.PI / 180;

/** A function from longitude/latitude (degrees) to the map's units, equal to d3-geo's projection of a point. */
export function conicEqualArea({
  parallels,
  meridian,
  scale,
  translate,
}: ConicProjection): (lon: number, lat: number) => [number, number] {
  const sy0 = Math.sin(parallels[0] * RADIANS);
  const n = (sy0 + Math.sin(parallels[1] * RADIANS)) / 2;
  const c = 1 + sy0 * (2 * n - sy0);
  const r0 = Math.sqrt(c) / n;
  const [tx, ty] = translate;
  return (lon, lat) => {
    let lambda = (lon - meridian) * RADIANS;
    // Longitudes wrap as d3's rotation does.
    if (lambda > Math.PI) lambda -= 2 * Math.PI;
    else if (lambda < -Math.PI) lambda += 2 * Math.PI;
    const r = Math.sqrt(c - 2 * n * Math.sin(lat * RADIANS)) / n;
    const x = r * Math.sin(lambda * n);
    const y = r0 - r * Math.cos(lambda * n);
    return [tx + scale * x, ty - scale * y];
  };
}
