import { ChartsError, joinBoundaries, readBoundaries, type Boundaries } from "@crimestats/charts";
import { ReportError } from "../../ReportError.js";
import { fileText } from "./fileText.js";
import { countText } from "../sections/words.js";

/** The codes and names a boundary layer is recognised by (e.g. the boroughs of the counts, or the wards of the ward file). */
export interface LayerKeys {
  /** Area codes, e.g. ONS codes `E09000015`. */
  readonly codes: Iterable<string>;
  /** Area names. */
  readonly names: Iterable<string>;
}

/** One boundary file recognised as a layer, with how many of its features matched. */
interface BoundaryLayer {
  readonly file: string;
  /** The file itself. */
  readonly source: File;
  readonly boundaries: Boundaries;
  /** Features that name an area of the layer (by code or name). */
  readonly matched: number;
}

/** What the boundary files hold: the area layer, the ward layer, and a sentence per file not used. */
export interface BoundaryLayers {
  readonly areas: BoundaryLayer | null;
  readonly wards: BoundaryLayer | null;
  /** One sentence per file that is not used (it matches neither layer, another file of its layer matches more, or it could not be read). */
  readonly warnings: readonly string[];
}

/**
 * The features that joinBoundaries of @crimestats/charts joins to `areas` by `by` (codes compared
 * ignoring case; names ignoring case, punctuation and spacing, "&" read as "and"). Two areas the
 * join takes for one (e.g. "Queens Park" and "Queen's Park", wards of two boroughs) would be
 * refused as an area given twice: the second is left out, as it names the same boundaries.
 */
function joined(boundaries: Boundaries, areas: Iterable<string>, by: "code" | "name"): Set<Boundaries["features"][number]> {
  let values = [...new Set([...areas].map((a) => a.trim()))].filter((a) => a !== "").map((area) => ({ area, value: null }));
  if (values.length === 0) return new Set();
  for (;;) {
    try {
      return new Set(joinBoundaries(boundaries, values, { by }).matched.map((m) => m.feature));
    } catch (error) {
      if (!(error instanceof ChartsError)) throw error;
      // The boundaries have no codes (or no names) to join on.
      if (error.code === "invalid-option") return new Set();
      const twice = error.details["area"];
      if (error.code !== "invalid-argument" || typeof twice !== "string") throw error;
      values = values.filter((v) => v.area !== twice);
    }
  }
}

/** How many features name an area of the layer, by code or by name. */
function matching(boundaries: Boundaries, keys: LayerKeys | null): number {
  if (keys === null) return 0;
  return new Set([...joined(boundaries, keys.codes, "code"), ...joined(boundaries, keys.names, "name")]).size;
}

/**
 * Reads one boundary file with readBoundaries of @crimestats/charts; a file that cannot be read
 * or is not GeoJSON/TopoJSON polygons is an error when the user named it (`given`), else `null`
 * with the reason in `warnings` (a folder may hold other GeoJSON, e.g. points).
 */
async function readOne(file: File, given: boolean, notUsed: (file: File, reason: string) => void, label: (file: File) => string): Promise<Boundaries | null> {
  const text = await fileText(file, "boundary file", label(file));
  try {
    return readBoundaries(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^readBoundaries: /, "").replace(/\.$/, "") : String(error);
    if (given) {
      throw new ReportError("invalid-data", `The boundary file "${label(file)}" is not GeoJSON or TopoJSON area boundaries: ${reason}.`, { file: label(file) });
    }
    notUsed(file, `it is not GeoJSON or TopoJSON area boundaries (${reason})`);
    return null;
  }
}

/**
 * Reads boundary files and tells each apart as the area layer (most of its features join an area
 * of the counts, by code or name, with joinBoundaries of @crimestats/charts) or the ward layer
 * (most join a ward of the ward file); a file
 * matching neither, or a second file of a layer that matches fewer of its features, is not used
 * and named in a warning. `describe` words each layer for the progress lines.
 *
 * @param files - The boundary files, in order.
 * @param layers - The codes and names of the areas, and of the wards (`null` without a ward file).
 * @param options - `given` when the user named the files (a file that is not boundaries is then an error), `step` for progress lines, `areasName` for the areas ("London boroughs"), `label` for a file named in an error (default its name).
 */
export async function readBoundaryLayers(
  files: readonly File[],
  layers: { readonly areas: LayerKeys; readonly wards: LayerKeys | null },
  options: {
    readonly given: boolean;
    readonly step: (text: string) => void;
    readonly areasName: string;
    readonly label?: ((file: File) => string) | undefined;
    /** Told of each file not used, with the reason (the words after "is not used: " in `warnings`). */
    readonly notUsed?: ((file: File, reason: string) => void) | undefined;
  },
): Promise<BoundaryLayers> {
  const warnings: string[] = [];
  const notUsed = (file: File, reason: string): void => {
    warnings.push(`The boundary file ${file.name} is not used: ${reason}.`);
    options.notUsed?.(file, reason);
  };
  const best: { areas: BoundaryLayer | null; wards: BoundaryLayer | null } = { areas: null, wards: null };
  const words = { areas: `boundaries of the ${options.areasName}`, wards: "ward boundaries" };
  if (files.length > 0) options.step(`Reading ${files.map((f) => f.name).join(", ")}...`);
  for (const file of files) {
    const name = file.name;
    const boundaries = await readOne(file, options.given, notUsed, options.label ?? ((f) => f.name));
    if (boundaries === null) continue;
    const total = boundaries.features.length;
    const areas = matching(boundaries, layers.areas);
    const wards = matching(boundaries, layers.wards);
    const layer = areas >= wards ? "areas" : "wards";
    const matched = Math.max(areas, wards);
    if (matched * 2 < total) {
      notUsed(
        file,
        `of its ${countText(total)} features, ${countText(areas)} name an area of the counts and ${countText(wards)} a ward of ${layers.wards === null ? "a ward file (none was read)" : "the ward file"}; expected most of them to name one or the other`,
      );
      continue;
    }
    const previous = best[layer];
    if (previous !== null && previous.matched >= matched) {
      notUsed(
        file,
        `${previous.file} also holds ${words[layer]} and matches as many or more of them (${countText(previous.matched)} against ${countText(matched)})`,
      );
      continue;
    }
    if (previous !== null) {
      notUsed(previous.source, `${name} also holds ${words[layer]} and matches more of them (${countText(matched)} against ${countText(previous.matched)})`);
    }
    best[layer] = { file: name, source: file, boundaries, matched };
  }
  for (const layer of ["areas", "wards"] as const) {
    const used = best[layer];
    if (used === null) continue;
    const of = layer === "areas" ? "an area of the counts" : "a ward of the ward file";
    options.step(
      `Using ${used.file} as the ${words[layer]} (${countText(used.matched)} of its ${countText(used.boundaries.features.length)} features name ${of}).`,
    );
  }
  return { ...best, warnings };
}
