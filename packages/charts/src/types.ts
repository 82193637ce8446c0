/** A Vega-Lite (v6) specification as a plain JSON object, usable unchanged by any Vega-Lite renderer. */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/** The kinds of chart the package draws. */
export type ChartKind = "trend" | "monthly" | "comparison" | "funnel" | "mix" | "drivers" | "choropleth" | "hotspot";

/** The values a chart draws as a table of text, rounded for display: its accessible alternative, or a map's linked table. */
export interface ChartTable {
  /** Column headings, e.g. `["Area", "Rate per 1,000 residents"]`. */
  readonly columns: readonly string[];
  /** One row per drawn item, each cell as displayed (numbers rounded half up, with thousands separators). */
  readonly rows: readonly (readonly string[])[];
}

/**
 * A chart: its Vega-Lite specification and what a reader needs beside it. Every chart function of
 * the package returns this shape; render it with `renderSvg`, or hand `spec` to any Vega-Lite
 * renderer (a notebook, a dashboard).
 */
export interface Chart {
  /** What kind of chart it is. */
  readonly kind: ChartKind;
  /** The Vega-Lite specification, data embedded, with `title` and `description` set. */
  readonly spec: VegaLiteSpec;
  /** The title, e.g. `"Burglary: rolling-year rate per 1,000 residents"`. */
  readonly title: string;
  /** The text alternative: the finding first (when given), then what is drawn, in words. */
  readonly description: string;
  /** The source line drawn under the chart, e.g. `"Source: Metropolitan Police Service; ONS. Open Government Licence v3.0."`. */
  readonly source: string;
  /** The drawn values as a table of text (the accessible alternative; a map's linked table). */
  readonly table: ChartTable;
  /** What a reader must know that the marks cannot say: areas without a boundary, boundaries without data, points outside the outline, an axis not starting at zero. */
  readonly notes: readonly string[];
}

/** The role of an area in a document: the focus area, a member of its comparator group, or the wider benchmark area. */
export type AreaRole = "focus" | "comparator" | "benchmark-area";

/** How one area is drawn in every chart of a document (from `areaStyles`). */
export interface AreaStyle {
  /** The area's role. */
  readonly role: AreaRole;
  /** Line, point and bar colour, `#rrggbb`, at least 3:1 against the background. */
  readonly colour: string;
  /** Dash pattern of its line (`[]` for solid), so lines differ without colour. */
  readonly dash: readonly number[];
  /** Point shape (a Vega symbol name), so points differ without colour. */
  readonly shape: string;
  /** Line width in pixels: the focus area's is the widest. */
  readonly strokeWidth: number;
}

/** The styles of a document's areas by name. */
export type AreaStyles = Readonly<Record<string, AreaStyle>>;

/** Options every chart function takes. */
export interface ChartOptions {
  /** The chart title. */
  readonly title: string;
  /** Where the data come from, e.g. `"Metropolitan Police Service (London Datastore); ONS mid-year estimates"`: drawn as "Source: …" with the licence. */
  readonly source: string;
  /** The licence line drawn after the source. Default `"Open Government Licence v3.0"`. */
  readonly licence?: string;
  /** The finding the chart shows, one or two sentences, put first in its text alternative (e.g. the verdict sentence of the section). */
  readonly finding?: string;
  /** Width of the plot in pixels (1 to 10,000). Each chart has its own default. */
  readonly width?: number;
  /** Height of the plot in pixels (1 to 10,000). Each chart has its own default. */
  readonly height?: number;
}

/** A polygon boundary in longitude/latitude (WGS 84), as in GeoJSON: rings of `[longitude, latitude]` positions, the first ring the outer one. */
export interface PolygonGeometry {
  /** Always `"Polygon"`. */
  readonly type: "Polygon";
  /** The rings. */
  readonly coordinates: readonly (readonly (readonly number[])[])[];
}

/** A boundary of several polygons, as in GeoJSON. */
export interface MultiPolygonGeometry {
  /** Always `"MultiPolygon"`. */
  readonly type: "MultiPolygon";
  /** The polygons, each a list of rings. */
  readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
}

/** One area's boundary read from a GeoJSON or TopoJSON file. */
export interface BoundaryFeature {
  /** The area's code (e.g. an ONS code `"E09000015"`), or `null` when the file has none. */
  readonly code: string | null;
  /** The area's name (e.g. `"Harrow"`), or `null` when the file has none. */
  readonly name: string | null;
  /** Its outline. */
  readonly geometry: PolygonGeometry | MultiPolygonGeometry;
  /** The feature's other properties as in the file (e.g. the parent borough of a ward). */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The boundaries of a set of areas (from `readBoundaries`). */
export interface Boundaries {
  /** One feature per area, in the file's order. */
  readonly features: readonly BoundaryFeature[];
  /** The property read as the code (e.g. `"LAD21CD"`), or `null`. */
  readonly codeProperty: string | null;
  /** The property read as the name (e.g. `"LAD21NM"`), or `null`. */
  readonly nameProperty: string | null;
}
