import { readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { describeValue } from "@crimestats/internal";
import { ReportError } from "../../ReportError.js";
import type { DocumentLogo, DocumentOptions } from "../../types.js";
import { documentOptions } from "../document/documentOptions.js";
import { describeSystemError, isSystemError } from "../fsError.js";
import { isRecord } from "../assessmentInput.js";

/** The fields of a branding config file (`--config`), in the order messages list them: those of DocumentOptions, logo and introduction as files. */
const CONFIG_FIELDS = ["title", "partnership", "logo", "introduction", "accentColour", "footer", "contact", "date"] as const;
type ConfigField = (typeof CONFIG_FIELDS)[number];

/** The command-line flag of each field. */
const FLAGS: Readonly<Record<ConfigField, string>> = {
  title: "--title",
  partnership: "--partnership",
  logo: "--logo",
  introduction: "--introduction",
  accentColour: "--accent",
  footer: "--footer",
  contact: "--contact",
  date: "--date",
};

/** The image type of a logo file, by its name. */
const LOGO_TYPES: Readonly<Record<string, DocumentLogo["type"]>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
};

/** Where a value came from, for messages: a flag, or a field of the config file. */
type Source = { readonly flag: string } | { readonly field: string; readonly file: string };

function sourceText(source: Source): string {
  return "flag" in source ? `Option "${source.flag}"` : `Field "${source.field}" of the config file "${source.file}"`;
}

/** Where a file was named, for a note after its path: `given to --logo`, `named by "logo.file" in the config file "…"`. */
function namedBy(source: Source): string {
  return "flag" in source ? `given to ${source.flag}` : `named by "${source.field}" in the config file "${source.file}"`;
}

/** The config file's settings as read: text fields, and the logo and introduction as absolute paths. */
interface ConfigSettings {
  readonly text: Partial<Record<Exclude<ConfigField, "logo" | "introduction">, string>>;
  readonly logo?: { readonly file: string; readonly alt?: string };
  readonly introduction?: string;
}

/** Reads and checks the branding config file: a JSON object of the fields of DocumentOptions, paths relative to the file. */
function readConfig(file: string): ConfigSettings {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the config file "${file}"`), { file, code: error.code });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const why = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    throw new ReportError("invalid-option", `The config file "${file}" is not JSON (${why}): expected an object such as {"partnership": "Safer Harrow"}.`, {
      file,
    });
  }
  if (!isRecord(json)) {
    throw new ReportError(
      "invalid-option",
      `The config file "${file}" holds ${describeValue(json)}: expected an object such as {"partnership": "Safer Harrow"}.`,
      { file },
    );
  }
  const folder = dirname(file);
  const bad = (field: string, expected: string, value: unknown): ReportError =>
    new ReportError("invalid-option", `Field "${field}" of the config file "${file}" is ${describeValue(value)}: expected ${expected}.`, { file, field });
  const settings: { text: Partial<Record<ConfigField, string>>; logo?: { file: string; alt?: string }; introduction?: string } = { text: {} };
  for (const [key, value] of Object.entries(json)) {
    if (!(CONFIG_FIELDS as readonly string[]).includes(key)) {
      throw new ReportError(
        "invalid-option",
        `Field "${key}" of the config file "${file}" is not a branding field: expected one of ${CONFIG_FIELDS.join(", ")}.`,
        { file, field: key },
      );
    }
    if (key === "logo") {
      if (!isRecord(value)) throw bad("logo", '{"file": "<a PNG, JPEG or SVG file, relative to the config file>", "alt": "<its text alternative>"}', value);
      for (const part of Object.keys(value)) {
        if (part !== "file" && part !== "alt") throw bad(`logo.${part}`, "no such field (a logo has file and alt)", value[part]);
      }
      if (typeof value["file"] !== "string" || value["file"].trim() === "")
        throw bad("logo.file", "the path of a PNG, JPEG or SVG file, relative to the config file", value["file"]);
      if (value["alt"] !== undefined && typeof value["alt"] !== "string") throw bad("logo.alt", 'a text alternative such as "Safer Harrow logo"', value["alt"]);
      settings.logo = { file: resolve(folder, value["file"]), ...(typeof value["alt"] === "string" ? { alt: value["alt"] } : {}) };
    } else if (key === "introduction") {
      if (typeof value !== "string" || value.trim() === "") throw bad("introduction", "the path of a plain-text file, relative to the config file", value);
      settings.introduction = resolve(folder, value);
    } else {
      if (typeof value !== "string") throw bad(key, "a text", value);
      settings.text[key as ConfigField] = value;
    }
  }
  return settings;
}

/** Reads a file the branding names (the logo, the introduction), saying which file and where it was named. */
function readNamed(path: string, what: string, source: Source): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the ${what} "${path}" ${namedBy(source)}`), {
      file: path,
      code: error.code,
    });
  }
}

/**
 * The document options of `crimestats assess`: the branding config file (`--config`), then the
 * branding flags, which override its fields; the logo and introduction files read (paths in the
 * config file are relative to it, those of flags to the working directory). Everything is checked
 * here, before any data are read, with the renderers' own check of the options; a message names
 * the flag, or the config file and its field. The date is filled in (today, UTC, when not given),
 * so that every format written in one run prints the same date.
 *
 * @throws {ReportError} `invalid-option` (exit status 2) for a malformed config file, an unknown
 * field in it, or a malformed value; `invalid-argument` for `--logo-alt` without a logo or a logo
 * without its text alternative; `file-not-found` when a named file cannot be read.
 */
export function brandingOptions(values: Readonly<Record<string, unknown>>, cwd: string): DocumentOptions {
  const configFile = typeof values["config"] === "string" ? resolve(cwd, values["config"]) : undefined;
  const config: ConfigSettings = configFile === undefined ? { text: {} } : readConfig(configFile);
  const options: Record<string, unknown> = {};
  const sources = new Map<string, Source>();
  const fromConfig = (field: string): Source => ({ field, file: configFile ?? "" });
  for (const field of ["title", "partnership", "accentColour", "footer", "contact", "date"] as const) {
    const flag = FLAGS[field];
    const given = values[flag.slice(2)];
    if (typeof given === "string") {
      options[field] = given;
      sources.set(field, { flag });
    } else if (config.text[field] !== undefined) {
      options[field] = config.text[field];
      sources.set(field, fromConfig(field));
    }
  }
  const introduction: { path: string; source: Source } | undefined =
    typeof values["introduction"] === "string"
      ? { path: resolve(cwd, values["introduction"]), source: { flag: "--introduction" } }
      : config.introduction === undefined
        ? undefined
        : { path: config.introduction, source: fromConfig("introduction") };
  if (introduction !== undefined) {
    const text = readNamed(introduction.path, "introduction file", introduction.source)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    if (text.trim() === "") {
      throw new ReportError(
        "invalid-option",
        `The introduction file "${introduction.path}" (${namedBy(introduction.source)}) is empty: expected plain text, paragraphs separated by a blank line.`,
        { file: introduction.path },
      );
    }
    options["introduction"] = text;
    sources.set("introduction", introduction.source);
  }
  const logoFlag = typeof values["logo"] === "string" ? resolve(cwd, values["logo"]) : undefined;
  const altFlag = typeof values["logo-alt"] === "string" ? values["logo-alt"] : undefined;
  const logoFile = logoFlag ?? config.logo?.file;
  if (logoFile === undefined) {
    if (altFlag !== undefined)
      throw new ReportError("invalid-argument", 'Option "--logo-alt" needs a logo: expected --logo <file> (or "logo" in the config file).', {});
  } else {
    const fileSource: Source = logoFlag !== undefined ? { flag: "--logo" } : fromConfig("logo.file");
    const alt = altFlag ?? config.logo?.alt;
    const altSource: Source = altFlag !== undefined ? { flag: "--logo-alt" } : fromConfig("logo.alt");
    if (alt === undefined) {
      throw new ReportError(
        "invalid-argument",
        `The logo "${logoFile}" has no text alternative: expected --logo-alt <text> (or "alt" of "logo" in the config file), e.g. --logo-alt "Safer Harrow logo".`,
        { file: logoFile },
      );
    }
    const type = LOGO_TYPES[extname(logoFile).toLowerCase()];
    if (type === undefined) {
      throw new ReportError(
        "invalid-option",
        `The logo "${logoFile}" (${namedBy(fileSource)}) is not named as a PNG, JPEG or SVG file: expected a name ending .png, .jpg, .jpeg or .svg.`,
        { file: logoFile },
      );
    }
    options["logo"] = { data: new Uint8Array(readNamed(logoFile, "logo file", fileSource)), type, alt };
    sources.set("logo.data", fileSource);
    sources.set("logo.type", fileSource);
    sources.set("logo.alt", altSource);
  }
  // The renderers' own check, with the message pointing at the flag or the config file's field.
  const fn = "crimestats assess";
  let filled: ReturnType<typeof documentOptions>;
  try {
    filled = documentOptions(fn, options);
  } catch (error) {
    const field = error instanceof ReportError ? error.details["field"] : undefined;
    const source = typeof field === "string" ? sources.get(field) : undefined;
    const prefix = `${fn}: options.${String(field)}`;
    if (!(error instanceof ReportError) || source === undefined || !error.message.startsWith(prefix)) throw error;
    const named = field === "logo.data" || field === "logo.type" ? `The logo "${logoFile}" (${namedBy(source)})` : sourceText(source);
    throw new ReportError(error.code, `${named}${error.message.slice(prefix.length)}`, {
      ...error.details,
      ...("file" in source ? { file: source.file } : {}),
    });
  }
  return { ...(options as DocumentOptions), date: filled.date };
}
