import { describeValue } from "@crimestats/internal";
import type { MonthKey } from "@crimestats/periods";
import { PoliceDataError } from "../PoliceDataError.js";
import { isStringList, optionsOf } from "./check.js";
import { monthIndexOf } from "./month.js";
import type { SourceOrigin } from "./sourceOrigin.js";

/** The kind of a data.police.uk file, as its name ends: `-street.csv`, `-outcomes.csv`, `-stop-and-search.csv`. */
export type PoliceUkFileKind = "street" | "outcomes" | "stop-and-search";

const KINDS: readonly PoliceUkFileKind[] = ["street", "outcomes", "stop-and-search"];

/**
 * One data.police.uk file, a member of an archive or a file of a folder: a `{ name, data }` source
 * the readers take as it is, with the kind, force and month its name gives. The bytes are read
 * (and, in an archive, checked) only when `data` is iterated.
 */
export interface PoliceUkFile {
  /** Name in messages: the file's path, or `archive.zip:2024-01/2024-01-cumbria-street.csv` for a member. */
  readonly name: string;
  /** The file's bytes, streamed when iterated (each iteration reads the file again). */
  readonly data: AsyncIterable<Uint8Array>;
  /** What the file holds. */
  readonly kind: PoliceUkFileKind;
  /** The force as the name spells it (`"cumbria"`, `"city-of-london"`, `"avon-and-somerset"`). */
  readonly force: string;
  /** The month the name gives. */
  readonly month: MonthKey;
  /** Bytes of the file (of the member once inflated). */
  readonly size: number;
  /** The file's path, or the archive's for a member of an archive. */
  readonly path: string;
  /** The member's name inside the archive (`"2024-01/2024-01-cumbria-street.csv"`); `null` for a file of a folder. */
  readonly member: string | null;
}

/** The data.police.uk files of an archive or a folder, by kind, each list in order of month then force. */
export interface PoliceUkFiles {
  /** Street-level crime files (`YYYY-MM-<force>-street.csv`). */
  readonly street: readonly PoliceUkFile[];
  /** Outcome files (`YYYY-MM-<force>-outcomes.csv`). */
  readonly outcomes: readonly PoliceUkFile[];
  /** Stop-and-search files (`YYYY-MM-<force>-stop-and-search.csv`). */
  readonly stopAndSearch: readonly PoliceUkFile[];
  /** The forces of the files kept, sorted. */
  readonly forces: readonly string[];
  /** The months of the files kept, in order. */
  readonly months: readonly MonthKey[];
  /** Names of the files (members) that are not data.police.uk files, left out (folders are not listed). */
  readonly ignored: readonly string[];
}

/** Which files to keep; every file when absent. */
export interface PoliceUkFilesOptions {
  /** Kinds to keep (all three by default). */
  readonly kinds?: readonly PoliceUkFileKind[] | undefined;
  /** Forces to keep, as the names spell them (`"cumbria"`); every force by default. */
  readonly forces?: readonly string[] | undefined;
  /** First month to keep (`"YYYY-MM"`). */
  readonly from?: MonthKey | undefined;
  /** Last month to keep (`"YYYY-MM"`). */
  readonly to?: MonthKey | undefined;
}

/** A file's kind, force and month from its name (folders dropped); `null` for any other name. */
function parsePoliceUkName(path: string): { kind: PoliceUkFileKind; force: string; month: MonthKey } | null {
  const base = path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1);
  const m = /^(\d{4}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*?)-(street|outcomes|stop-and-search)\.csv$/i.exec(base);
  if (m === null || monthIndexOf(m[1]!) < 0) return null;
  return { kind: m[3]!.toLowerCase() as PoliceUkFileKind, force: m[2]!.toLowerCase(), month: m[1] as MonthKey };
}

/** The options, checked (`invalid-option` for a bad field). */
export function checkPoliceUkOptions(fn: string, options: PoliceUkFilesOptions | undefined): PoliceUkFilesOptions {
  const o = optionsOf(fn, options);
  const bad = (field: string, value: unknown, expected: string): never => {
    throw new PoliceDataError("invalid-option", `${fn}: ${field}: expected ${expected}, got ${describeValue(value)}`, { [field]: describeValue(value) });
  };
  if (o.kinds !== undefined && (!isStringList(o.kinds) || o.kinds.some((k) => !KINDS.includes(k)))) {
    bad("kinds", o.kinds, 'a list of "street", "outcomes" and "stop-and-search"');
  }
  if (o.forces !== undefined && !isStringList(o.forces)) bad("forces", o.forces, 'a list of force names as the files spell them ("cumbria")');
  for (const field of ["from", "to"] as const) {
    const v = o[field];
    if (v !== undefined && (typeof v !== "string" || monthIndexOf(v) < 0)) bad(field, v, 'a "YYYY-MM" month');
  }
  if (o.from !== undefined && o.to !== undefined && monthIndexOf(o.from) > monthIndexOf(o.to)) {
    bad("to", o.to, `a month not before from (${o.from})`);
  }
  return o;
}

/** A file found in a folder or an archive, before grouping. */
export interface FoundFile {
  /** Its name in messages. */
  readonly name: string;
  /** The file's path, or the archive's. */
  readonly path: string;
  /** The member's name in the archive, or `null`. */
  readonly member: string | null;
  readonly size: number;
  readonly data: AsyncIterable<Uint8Array>;
  /**
   * Where the bytes are, for the worker threads of the Node `streetCrimeCube` (an own property of
   * each file given, left out of the public type): the file's path, or the archive's and the entry.
   */
  readonly origin?: SourceOrigin;
}

/**
 * The files grouped by kind and selected by the options; the same kind, force and month twice among
 * the files kept is an `invalid-data` (its rows would be counted twice).
 */
export function groupPoliceUkFiles(found: readonly FoundFile[], options: PoliceUkFilesOptions): PoliceUkFiles {
  const kinds = new Set(options.kinds ?? KINDS);
  const forces = options.forces === undefined ? null : new Set(options.forces.map((f) => f.toLowerCase()));
  const from = options.from === undefined ? -Infinity : monthIndexOf(options.from);
  const to = options.to === undefined ? Infinity : monthIndexOf(options.to);
  const ignored: string[] = [];
  const kept: PoliceUkFile[] = [];
  const seen = new Map<string, string>();
  for (const file of found) {
    const parsed = parsePoliceUkName(file.member ?? file.path);
    if (parsed === null) {
      ignored.push(file.name);
      continue;
    }
    const month = monthIndexOf(parsed.month);
    if (!kinds.has(parsed.kind) || (forces !== null && !forces.has(parsed.force)) || month < from || month > to) continue;
    const key = `${parsed.kind}|${parsed.force}|${parsed.month}`;
    const before = seen.get(key);
    if (before !== undefined) {
      throw new PoliceDataError(
        "invalid-data",
        `${JSON.stringify(before)} and ${JSON.stringify(file.name)} are both the ${parsed.kind} file of ${parsed.force} for ${parsed.month}; expected each file once (its rows would be counted twice)`,
        { files: [before, file.name] },
      );
    }
    seen.set(key, file.name);
    const one: PoliceUkFile & Pick<FoundFile, "origin"> = {
      name: file.name,
      data: file.data,
      kind: parsed.kind,
      force: parsed.force,
      month: parsed.month,
      size: file.size,
      path: file.path,
      member: file.member,
      ...(file.origin === undefined ? {} : { origin: file.origin }),
    };
    kept.push(one);
  }
  kept.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.force < b.force ? -1 : a.force > b.force ? 1 : 0));
  return {
    street: kept.filter((f) => f.kind === "street"),
    outcomes: kept.filter((f) => f.kind === "outcomes"),
    stopAndSearch: kept.filter((f) => f.kind === "stop-and-search"),
    forces: [...new Set(kept.map((f) => f.force))].sort(),
    months: [...new Set(kept.map((f) => f.month))].sort(),
    ignored,
  };
}
