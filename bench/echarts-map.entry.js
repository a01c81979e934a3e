// The baseline for the map: Apache ECharts' smallest build that draws a map
// (core, the map series and one renderer; no tooltip, legend or visualMap
// components). bench/run.mjs bundles it with esbuild into bench/.out/.
import { init, registerMap, use } from 'echarts-latest/core';
import { MapChart } from 'echarts-latest/charts';
import { CanvasRenderer } from 'echarts-latest/renderers';

use([MapChart, CanvasRenderer]);

export { init, registerMap };
