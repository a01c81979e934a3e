import { expect } from '@open-wc/testing';
import { geoConicEqualArea } from 'd3-geo';
import { conicEqualArea } from './geo-projection.js';

describe('conicEqualArea', () => {
  it('projects a point exactly as d3-geo does (the geometry was projected with d3-geo when it was built)', () => {
    const parameters = {
      parallels: [25, 47] as [number, number],
      meridian: 105,
      scale: 1301.24,
      translate: [542.42, 1220.37] as [number, number],
    };
    const d3 = geoConicEqualArea()
      .parallels(parameters.parallels)
      .rotate([-parameters.meridian, 0])
      .center([0, 0])
      .scale(parameters.scale)
      .translate(parameters.translate);
    const ours = conicEqualArea(parameters);
    // China's corners, Hong Kong, Macao, Taiwan, Hainan, and a point across the antimeridian of the rotation.
    for (const [lon, lat] of [
      [73.5, 39.4],
      [135.1, 48.4],
      [114.17, 22.3],
      [113.55, 22.19],
      [121.5, 25.04],
      [109.5, 18.2],
      [105, 0],
      [-80, 10],
    ]) {
      const [x, y] = ours(lon, lat);
      const [dx, dy] = d3([lon, lat])!;
      expect(x, `${lon}, ${lat}`).to.be.closeTo(dx, 1e-9);
      expect(y, `${lon}, ${lat}`).to.be.closeTo(dy, 1e-9);
    }
  });
});
