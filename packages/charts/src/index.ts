export { ChartsError, type ChartsErrorCode } from "./ChartsError.js";
export type {
  AreaRole,
  AreaStyle,
  AreaStyles,
  Boundaries,
  BoundaryFeature,
  Chart,
  ChartKind,
  ChartOptions,
  ChartTable,
  MultiPolygonGeometry,
  PolygonGeometry,
  VegaLiteSpec,
} from "./types.js";
export { palette } from "./palette.js";
export { areaStyles, type AreaStylesInput } from "./areaStyles.js";
export { renderSvg, type RenderSvgOptions } from "./renderSvg.js";
export { readBoundaries, type ReadBoundariesOptions } from "./readBoundaries.js";
export { joinBoundaries, type AreaValue, type JoinBoundariesOptions, type JoinBoundariesResult, type JoinedBoundary } from "./joinBoundaries.js";
export { trendChart, type TrendChartInput, type TrendPoint } from "./trendChart.js";
export { monthlyChart, type MonthlyChartInput, type MonthlyValue } from "./monthlyChart.js";
export { contrastRatio } from "./contrastRatio.js";
export { choroplethMap, type ChoroplethMapInput } from "./choroplethMap.js";
export { hotspotMap, type HotspotCell, type HotspotMapInput, type HotspotPoint } from "./hotspotMap.js";
export { comparisonChart, type ComparisonChartInput, type ComparisonChartRow } from "./comparisonChart.js";
export { funnelChart, type FunnelChartInput, type FunnelChartRow } from "./funnelChart.js";
export { mixChart, type MixChartInput, type MixChartRow } from "./mixChart.js";
export { driversChart, type DriversChartInput, type DriversChartRow } from "./driversChart.js";
