import { describeValue } from "@crimestats/internal";
import { readCsv } from "@crimestats/police-data";
import { LocalKindSchema, localKindOf, localLayout, localRowFromCsv, type LocalRowTypes, type SafeParseResult } from "@crimestats/schema";
import type { Node, ParseError } from "jsonc-parser";
import { localJsonFields, localKeyWords, localRowKey, LOCAL_KEY_FIELDS } from "./internal/local/localKeys.js";
import type { LocalKind } from "./localTypes.js";
import { LOCAL_PARSERS } from "./internal/assessmentInput.js";
import { listWords } from "./internal/sections/words.js";

/**
 * What is wrong with a local-data file, as a code:
 *
 * - `invalid-csv`: the CSV itself cannot be read (not UTF-8 text, a quoted field not closed);
 * - `invalid-json`: the JSON is malformed, or is not `{ "kind": …, "rows": [ … ] }` or a list of rows;
 * - `unknown-kind`: the header (or the JSON's `kind` or fields) matches none of the templates;
 * - `unknown-column`: a column (or JSON field) the template does not have;
 * - `missing-column`: a required column the header lacks;
 * - `duplicate-column`: a column named twice in the header;
 * - `field-count`: a row with more or fewer fields than the header;
 * - `invalid-value`: a value that fails the row's schema (a cell, or a combination of cells);
 * - `duplicate-row`: a row with the same identifying fields as an earlier row of the same kind;
 * - `empty-input`: a file without any data row.
 */
export type LocalProblemCode =
  | "invalid-csv"
  | "invalid-json"
  | "unknown-kind"
  | "unknown-column"
  | "missing-column"
  | "duplicate-column"
  | "field-count"
  | "invalid-value"
  | "duplicate-row"
  | "empty-input";

/** One problem of a local-data file, with where it is. */
export interface LocalProblem {
  /** The line (1-based): in a CSV file the header is line 1 and a row's line is where it starts; in JSON, the line of the value. */
  readonly line: number;
  /** The CSV column (`"victim_age_band"`) or JSON field (`"victimAgeBand"`) at fault, or `null` for the whole row or file. */
  readonly column: string | null;
  /** What is wrong, as a code. */
  readonly code: LocalProblemCode;
  /** The bad value and what was expected, in a sentence. */
  readonly message: string;
}

/** A file read as one kind of local data. */
export interface LocalFileOf<K extends LocalKind> {
  /** The file's name, as given. */
  readonly file: string;
  /** The kind of data the file holds (told from its CSV header, or from its JSON). */
  readonly kind: K;
  /** The rows without a problem, in file order. */
  readonly rows: readonly LocalRowTypes[K][];
  /** Data rows read (header excluded); `rowsRead - rows.length` rows had a problem. */
  readonly rowsRead: number;
  /** Every problem, in order of line. Empty when the file is clean. */
  readonly problems: readonly LocalProblem[];
}

/** A file that is not one of the local-data templates: no rows, and the problems that say why. */
export interface UnknownLocalFile {
  /** The file's name, as given. */
  readonly file: string;
  /** No kind: the file matches none of the templates. */
  readonly kind: null;
  /** No rows. */
  readonly rows: readonly [];
  /** Data rows read (0 when the file could not be read at all). */
  readonly rowsRead: number;
  /** Why (at least one problem). */
  readonly problems: readonly LocalProblem[];
}

/** What `readLocalFile` returns: the kind, the rows without a problem and every problem with its line. */
export type LocalFileResult = { readonly [K in LocalKind]: LocalFileOf<K> }[LocalKind] | UnknownLocalFile;

/** A field name made comparable with a column name: lower case, letters and digits only ("population10to17" ~ "population_10_to_17"). */
const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The CSV column of a row field (the layout's snake_case name), for a schema problem's path ("leads[0].name" → "lead"). */
function columnOfField(kind: LocalKind, path: string): string | null {
  const field = /^[^.[]+/.exec(path)?.[0];
  if (field === undefined || field === "") return null;
  const columns = localLayout(kind).columns.map((c) => c.name);
  const wanted = squash(field);
  return columns.find((c) => squash(c) === wanted) ?? columns.find((c) => `${squash(c)}s` === wanted) ?? field;
}

/** The header's columns that name the key fields of a kind, for a duplicate's message. */
function keyColumns(kind: LocalKind): string {
  return LOCAL_KEY_FIELDS[kind].map((f) => columnOfField(kind, f) ?? f).join(", ");
}

/** Validates one JSON row with the schema parser of its kind (the one `strategicAssessment` checks its rows with). */
function safeParseRow(kind: LocalKind, value: unknown): SafeParseResult<LocalRowTypes[LocalKind]> {
  const parser = LOCAL_PARSERS.find((p) => p.kind === kind) as (typeof LOCAL_PARSERS)[number];
  return parser.parse(value) as SafeParseResult<LocalRowTypes[LocalKind]>;
}

/** The sentence for a file that matches no template. */
function notATemplate(what: string): string {
  return `${what} is not a local-data template: expected the columns of one of ${listWords(LocalKindSchema.options, "or")} (see "crimestats template <kind>")`;
}

/** A schema problem's message as a sentence: "-3 is less than 0.", "The value is missing (expected …).", "The row …". */
function sentence(message: string, column: string | null): string {
  const text = /^(is|has) /.test(message) ? `${column === null ? "The row" : "The value"} ${message}` : message;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Problems sorted by line, file-level ones (line 1) first, keeping the order they were found within a line. */
function byLine(problems: readonly LocalProblem[]): LocalProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}

/** A file's result with the line of each row kept (`lines[i]` is the line of `result.rows[i]`), for problems found across files. */
export interface LocalFileLines {
  readonly result: LocalFileResult;
  readonly lines: readonly number[];
}

/** A row kept, with its line. */
interface Kept {
  readonly row: object;
  readonly line: number;
}

/** Rows read, kept and the problems, as the result of `kind`. */
function result(file: string, kind: LocalKind | null, kept: readonly Kept[], rowsRead: number, problems: readonly LocalProblem[]): LocalFileLines {
  if (kind === null) return { result: { file, kind: null, rows: [], rowsRead, problems: byLine(problems) }, lines: [] };
  return { result: { file, kind, rows: kept.map((k) => k.row), rowsRead, problems: byLine(problems) } as LocalFileResult, lines: kept.map((k) => k.line) };
}

/**
 * The template a header belongs to by its columns: the one whose columns hold every column of
 * the header (at least 3 of them), when exactly one does; else `null`.
 */
function nearestKind(header: readonly string[]): LocalKind | null {
  if (header.length < 3) return null;
  const holding = LocalKindSchema.options.filter((kind) => {
    const names = new Set(localLayout(kind).columns.map((c) => c.name));
    return header.every((h) => names.has(h));
  });
  return holding.length === 1 ? (holding[0] ?? null) : null;
}

/**
 * Reads a CSV file of a local-data template: the header tells its kind (`localKindOf` of
 * @crimestats/schema), each row is converted and checked with `localRowFromCsv`.
 */
async function readCsvFile(name: string, bytes: Uint8Array): Promise<LocalFileLines> {
  const problems: LocalProblem[] = [];
  if (new TextDecoder().decode(bytes).trim() === "") {
    return result(name, null, [], 0, [{ line: 1, column: null, code: "empty-input", message: "The file is empty: expected a header row and data rows." }]);
  }
  let header: readonly string[] | null = null;
  const records: { line: number; fields: readonly string[] }[] = [];
  try {
    for await (const row of readCsv({ name, data: bytes })) {
      if (header === null) header = row.fields.map((f) => f.trim());
      else records.push({ line: row.line, fields: row.fields });
    }
  } catch (error) {
    const line = (error as { details?: { line?: unknown } }).details?.line;
    const message = error instanceof Error ? error.message.replace(/^[^:]*:\d+: /, "").replace(/^[^:]*: /, "") : String(error);
    return result(name, null, [], 0, [{ line: typeof line === "number" ? line : 1, column: null, code: "invalid-csv", message: `${message}.` }]);
  }
  if (header === null)
    return result(name, null, [], 0, [{ line: 1, column: null, code: "empty-input", message: "The file is empty: expected a header row and data rows." }]);
  const found = localKindOf(header);
  // A header whose every column is one template's, but not the one its required columns suggest
  // (or none), lacks that template's required columns: name them.
  const near = nearestKind(header);
  const kind = near !== null && near !== found ? null : found;
  if (kind === null) {
    if (near !== null) {
      const missing = localLayout(near)
        .columns.filter((c) => c.required === true && !header?.includes(c.name))
        .map(
          (c): LocalProblem => ({
            line: 1,
            column: c.name,
            code: "missing-column",
            message: `The header has no "${c.name}" column: the ${near} template needs it (the other columns are those of ${near}).`,
          }),
        );
      return result(name, null, [], records.length, missing);
    }
    const shown = header.slice(0, 6).join(",") + (header.length > 6 ? ",…" : "");
    return result(name, null, [], records.length, [{ line: 1, column: null, code: "unknown-kind", message: `${notATemplate(`The header "${shown}"`)}.` }]);
  }
  const layout = localLayout(kind);
  const known = new Set(layout.columns.map((c) => c.name));
  const seen = new Set<string>();
  for (const [index, column] of header.entries()) {
    if (column === "") {
      // A column without a name (spreadsheets save trailing empty columns) is left out when it holds nothing.
      if (records.some((r) => (r.fields[index] ?? "").trim() !== "")) {
        problems.push({
          line: 1,
          column: null,
          code: "unknown-column",
          message: `Column ${index + 1} of the header has no name but holds values: expected a column of the ${kind} template.`,
        });
      }
      continue;
    }
    if (seen.has(column)) {
      problems.push({ line: 1, column, code: "duplicate-column", message: `Column "${column}" is named twice in the header: expected each column once.` });
    } else if (!known.has(column)) {
      problems.push({
        line: 1,
        column,
        code: "unknown-column",
        message: `Column "${column}" is not a column of the ${kind} template: expected ${listWords(
          layout.columns.map((c) => c.name),
          "or",
        )}.`,
      });
    }
    seen.add(column);
  }
  for (const column of layout.columns) {
    if (column.required === true && !seen.has(column.name)) {
      problems.push({
        line: 1,
        column: column.name,
        code: "missing-column",
        message: `The header has no "${column.name}" column: the ${kind} template needs it.`,
      });
    }
  }
  if (records.length === 0)
    problems.push({ line: 1, column: null, code: "empty-input", message: "The file has a header but no data rows: expected at least one row." });
  const headerBad = problems.length > 0;
  const rows: Kept[] = [];
  const keys = new Map<string, number>();
  for (const { line, fields } of records) {
    // A row of empty cells (",,,", as spreadsheets save an empty row) is skipped like a blank line.
    if (fields.every((f) => f.trim() === "")) continue;
    if (fields.length !== header.length) {
      problems.push({
        line,
        column: null,
        code: "field-count",
        message: `The row has ${fields.length} field${fields.length === 1 ? "" : "s"} but the header has ${header.length}: expected one field per column (a comma inside a value needs the value in double quotes).`,
      });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((column, i) => {
      if (known.has(column) && !Object.hasOwn(record, column)) record[column] = fields[i] ?? "";
    });
    const parsed = localRowFromCsv(kind, record);
    if (!parsed.success) {
      for (const p of parsed.error.details.problems) {
        const column = columnOfField(kind, p.path);
        problems.push({ line, column, code: "invalid-value", message: sentence(p.message, column) });
      }
      continue;
    }
    keep({ kind, row: parsed.data, line, keyWords: keyColumns(kind) }, keys, rows, problems);
  }
  return result(name, kind, headerBad ? [] : rows, records.filter((r) => r.fields.some((f) => f.trim() !== "")).length, problems);
}

/** Keeps a valid row, or, when an earlier row of the file has its key fields (`keyWords` names them), adds a `duplicate-row` problem instead. */
function keep(
  found: { readonly kind: LocalKind; readonly row: object; readonly line: number; readonly keyWords: string },
  keys: Map<string, number>,
  rows: Kept[],
  problems: LocalProblem[],
): void {
  const key = localRowKey(found.kind, found.row);
  const first = keys.get(key);
  if (first !== undefined) {
    problems.push({
      line: found.line,
      column: null,
      code: "duplicate-row",
      message: `The row repeats the row on line ${first} (the same ${found.keyWords}): expected each count once.`,
    });
    return;
  }
  keys.set(key, found.line);
  rows.push({ row: found.row, line: found.line });
}

/** Line numbers (1-based) of offsets in a text. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The node of a property of an object node, or `undefined`. */
function property(node: Node, name: string): Node | undefined {
  return node.children?.find((p) => p.type === "property" && p.children?.[0]?.value === name);
}

/** The node at a schema problem's path inside a row node ("leads[0].name"), as deep as it exists. */
function nodeAtPath(row: Node, path: string): Node {
  let node = row;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    let next: Node | undefined;
    if (node.type === "object") next = property(node, part)?.children?.[1] ?? property(node, part);
    else if (node.type === "array" && /^\d+$/.test(part)) next = node.children?.[Number(part)];
    if (next === undefined) break;
    node = next;
  }
  return node;
}

/** The kind of a list of JSON rows, told from their fields: the template whose columns name most of them (ties broken by a youth-justice measure). */
function kindOfRows(rows: readonly unknown[]): LocalKind | null {
  const fields = new Set<string>();
  for (const row of rows) if (row !== null && typeof row === "object" && !Array.isArray(row)) for (const k of Object.keys(row)) fields.add(squash(k));
  let best: LocalKind | null = null;
  let bestScore = 0;
  let tie = false;
  for (const kind of LocalKindSchema.options) {
    const columns = new Set(localLayout(kind).columns.flatMap((c) => [squash(c.name), `${squash(c.name)}s`]));
    const score = [...fields].filter((f) => columns.has(f)).length;
    if (score > bestScore) {
      best = kind;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  if (tie) {
    const youth = ["first-time-entrants", "reoffending", "custody"];
    const measures = rows.map((r) => (r !== null && typeof r === "object" ? (r as Record<string, unknown>)["measure"] : undefined));
    if (measures.length > 0 && measures.every((m) => typeof m === "string" && youth.includes(m))) return "youth-justice";
    return null;
  }
  return best;
}

/** Reads a JSON file: `{ "kind": "…", "rows": [ … ] }` (with an optional `"$schema"`), or a list of rows whose kind is told from their fields. */
async function readJsonFile(name: string, text: string): Promise<LocalFileLines> {
  // Loaded only for a JSON file, so that no other function of the package carries the parser.
  const { parseTree, printParseErrorCode } = await import("jsonc-parser");
  const lineOf = lineFinder(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const what =
      first === undefined
        ? "no JSON value"
        : printParseErrorCode(first.error)
            .replace(/([a-z])([A-Z])/g, "$1 $2")
            .toLowerCase();
    return result(name, null, [], 0, [
      {
        line: lineOf(first?.offset ?? 0),
        column: null,
        code: "invalid-json",
        message: `The file is not JSON (${what}): expected {"kind": "…", "rows": [ … ]}.`,
      },
    ]);
  }
  const problems: LocalProblem[] = [];
  let list: Node | undefined;
  let kind: LocalKind | null = null;
  const value = (node: Node | undefined): unknown => (node === undefined ? undefined : jsonValue(node));
  let fileBad = false;
  if (root.type === "object") {
    for (const p of root.children ?? []) {
      const key = p.children?.[0]?.value;
      if (key !== "kind" && key !== "rows" && key !== "$schema") {
        problems.push({
          line: lineOf(p.offset),
          column: String(key),
          code: "unknown-column",
          message: `Field "${String(key)}" is not a field of a local-data file: expected "kind" and "rows".`,
        });
        fileBad = true;
      }
    }
    const kindNode = property(root, "kind")?.children?.[1];
    const given = value(kindNode);
    if (typeof given === "string" && (LocalKindSchema.options as readonly string[]).includes(given)) kind = given as LocalKind;
    else {
      return result(name, null, [], 0, [
        ...problems,
        {
          line: lineOf(kindNode?.offset ?? root.offset),
          column: "kind",
          code: "unknown-kind",
          message: `${notATemplate(given === undefined ? 'The file has no "kind" and' : `The kind ${describeValue(given)}`)}.`,
        },
      ]);
    }
    list = property(root, "rows")?.children?.[1];
    if (list === undefined || list.type !== "array") {
      return result(name, kind, [], 0, [
        ...problems,
        {
          line: lineOf(list?.offset ?? root.offset),
          column: "rows",
          code: "invalid-json",
          message: `"rows" is ${describeValue(value(list))}: expected a list of rows.`,
        },
      ]);
    }
  } else if (root.type === "array") {
    list = root;
    kind = kindOfRows((root.children ?? []).map(jsonValue));
    if (kind === null) {
      return result(name, null, [], root.children?.length ?? 0, [
        {
          line: lineOf(root.offset),
          column: null,
          code: "unknown-kind",
          message: `${notATemplate("The list of rows")}; or give {"kind": "…", "rows": [ … ]}.`,
        },
      ]);
    }
  } else {
    return result(name, null, [], 0, [
      {
        line: lineOf(root.offset),
        column: null,
        code: "invalid-json",
        message: `The file holds ${describeValue(jsonValue(root))}: expected {"kind": "…", "rows": [ … ]}.`,
      },
    ]);
  }
  const items = list.children ?? [];
  if (items.length === 0)
    problems.push({ line: lineOf(list.offset), column: "rows", code: "empty-input", message: "The file has no rows: expected at least one." });
  const rows: Kept[] = [];
  const keys = new Map<string, number>();
  for (const item of items) {
    const line = lineOf(item.offset);
    const parsed = safeParseRow(kind, jsonValue(item));
    if (!parsed.success) {
      for (const p of parsed.error.details.problems) {
        const at = item.type === "object" ? nodeAtPath(item, p.path) : item;
        const unknown = /^has unknown fields? /.exec(p.message);
        if (unknown !== null && at.type === "object") {
          // One problem per unknown field, at its own line.
          for (const key of p.message.slice(unknown[0].length).split(", ")) {
            const field = JSON.parse(key) as string;
            const node = property(at, field);
            problems.push({
              line: lineOf(node?.offset ?? at.offset),
              column: field,
              code: "unknown-column",
              message: `Field "${field}" is not a field of the ${kind} template: expected ${listWords(localJsonFields(kind), "or")}.`,
            });
          }
          continue;
        }
        const column = p.path === "" ? null : p.path;
        problems.push({ line: lineOf(at.offset), column, code: "invalid-value", message: sentence(p.message, column) });
      }
      continue;
    }
    keep({ kind, row: parsed.data, line, keyWords: localKeyWords(kind) }, keys, rows, problems);
  }
  return result(name, kind, fileBad ? [] : rows, items.length, problems);
}

/** The plain value of a JSON node (objects and arrays rebuilt; a property repeated keeps its last value, as JSON.parse does). */
function jsonValue(node: Node): unknown {
  if (node.type === "object") {
    const out: Record<string, unknown> = {};
    for (const p of node.children ?? []) {
      const [k, v] = p.children ?? [];
      if (k !== undefined && v !== undefined)
        Object.defineProperty(out, String(k.value), { value: jsonValue(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (node.type === "array") return (node.children ?? []).map(jsonValue);
  return node.value;
}

/**
 * Reads one file of a partnership's own data (a local-data template of @crimestats/schema: see
 * `localTemplate`) and checks every row. A CSV file (a header row, then one row per line) has
 * its kind told from its header; a JSON file is `{ "kind": "incidents", "rows": [ … ] }` or a
 * list of rows whose kind is told from their fields. Every problem is returned with its line (the
 * CSV header is line 1; in JSON, the line of the bad value) and column: a column the template
 * lacks or does not know, a cell that fails the row's schema, a row with the wrong number of
 * fields, and a row that repeats the identifying fields of an earlier one (a duplicate: for
 * incidents measure, area, ward, period, category, flags, victim age band, victim sex, unit and
 * kind; for youth justice measure, area, period and cohort name; for surveys question, survey,
 * area and period; for service volumes measure, area and period; for the delivery plan
 * priority, objective and action). Blank lines, rows of empty cells and columns without a name
 * or a value are left out, as spreadsheets save them. A row with a problem is never in `rows`; when the file
 * itself is wrong (not a template, a bad header) `rows` is empty. Runs anywhere (no file
 * system): pass the bytes or the text.
 *
 * @param file - The file's `name` (used to tell JSON, by a name ending `.json`, from CSV) and its
 * `data` (bytes, UTF-8, or text).
 * @returns `{ file, kind, rows, rowsRead, problems }`; `kind` is `null` when the file is not a
 * local-data template.
 * @throws Never: every fault of the file is a problem in the result.
 * @example
 * ```ts
 * const csv = "measure,area,period,count\nasb,Harrow,2025-01,412\nasb,Harrow,2025-02,-3\n";
 * const read = await readLocalFile({ name: "asb.csv", data: csv });
 * [read.kind, read.rows.length, read.problems.map((p) => `${p.line}: ${p.column}: ${p.code}`)];
 * //=> ["incidents", 1, ["3: count: invalid-value"]]
 * ```
 */
export async function readLocalFile(file: { readonly name: string; readonly data: Uint8Array | string }): Promise<LocalFileResult> {
  return (await readLocalFileLines(file)).result;
}

/** {@link readLocalFile} with the line of each row kept (internal: the command line's checks across files). */
export async function readLocalFileLines(file: { readonly name: string; readonly data: Uint8Array | string }): Promise<LocalFileLines> {
  const name = typeof file?.name === "string" ? file.name : "<input>";
  const data: unknown = file?.data;
  let bytes: Uint8Array;
  if (typeof data === "string") bytes = new TextEncoder().encode(data);
  else if (data instanceof Uint8Array) bytes = data;
  else
    return result(name, null, [], 0, [
      { line: 1, column: null, code: "empty-input", message: `The file's data is ${describeValue(data)}: expected its bytes or its text.` },
    ]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return result(name, null, [], 0, [{ line: 1, column: null, code: "invalid-csv", message: "The file is not UTF-8 text: save it as CSV UTF-8 (or JSON)." }]);
  }
  if (/\.json$/i.test(name) || /^\s*[[{]/.test(text)) return readJsonFile(name, text);
  return readCsvFile(name, bytes);
}
