/** What the assessment did with one file given: what it was read as, or that it was not used. */
export interface FileRole {
  readonly role: string;
  readonly used: boolean;
}

/** What the document says of the files it read: its reconciliation's files and its sources. */
export interface FilesNamed {
  /** The files read and their roles (`reconciliation.files`: a file's name, or a group "11 files, <first> to <last>"). */
  readonly read: readonly { readonly file: string; readonly role: string }[];
  /** The sources, each "<name> (<what it is>)" or "<n> files, <first> to <last> (<what they are>)". */
  readonly sources: readonly string[];
  /** The assessment's warnings ("<name> is not used: …", "The boundary file <name> is not used: …"). */
  readonly warnings: readonly string[];
}

/** "12 files, 2024-03-metropolitan-street.csv to 2025-02-metropolitan-street.csv": the first and last names of a group. */
const GROUP = /^\d[\d,]* files, (.+?) to (.+)$/;

/** Whether `name` is the file named, or one of a group "n files, <first> to <last>" (between them in name order). */
function names(named: string, name: string): boolean {
  if (named === name) return true;
  const [, first, last] = GROUP.exec(named) ?? [];
  return (
    first !== undefined && last !== undefined && first <= name && name <= last && first.replace(/^.*?-(?=[a-z])/, "") === name.replace(/^.*?-(?=[a-z])/, "")
  );
}

/**
 * What the assessment did with each file given, by file name, from what its document says: the
 * role the reconciliation of the input files gives it ("borough counts", "population",
 * "street-level crimes"), else what the sources say it is ("boundaries of the London boroughs,
 * for the map"), both also for a group "n files, <first> to <last>"; else "not used" when a
 * warning says so; else "not named in the document" (a street file outside the period). Every
 * file gets a role.
 *
 * @param given - The names of the files given.
 * @param named - What the document says of the files.
 * @returns The role of each file, by name.
 * @throws Never.
 * @example
 * ```ts
 * fileRoles(["mye24tablesew.csv", "notes.txt", "wards.geojson", "2010-12-x-street.csv"], {
 *   read: [{ file: "mye24tablesew.csv", role: "population" }],
 *   sources: ["wards.geojson (ward boundaries, for the ward maps)"],
 *   warnings: ["notes.txt is not used: it is none of the files the assessment reads."] });
 * //=> Map { "mye24tablesew.csv" => { role: "population", used: true }, "notes.txt" => { role: "not used", used: false },
 * //     "wards.geojson" => { role: "ward boundaries, for the ward maps", used: true },
 * //     "2010-12-x-street.csv" => { role: "not named in the document", used: false } }
 * ```
 */
export function fileRoles(given: readonly string[], named: FilesNamed): Map<string, FileRole> {
  const roles = new Map<string, FileRole>();
  // "<n> files, <first> to <last> (<what>)": the groups of the sources (a single file's source is matched by its whole name below).
  const groups = named.sources.flatMap((source) => {
    const [, file, role] = /^(\d[\d,]* files, .+? to \S+) \((.+)\)$/s.exec(source) ?? [];
    return file !== undefined && role !== undefined ? [{ file, role }] : [];
  });
  for (const name of given) {
    // "<name> is not used: …", "The boundary file <name> is not used: …": the whole name, not the end of a longer one.
    const unused = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not used\\b`);
    const source = named.sources.find((one) => one.startsWith(`${name} (`) && one.endsWith(")"));
    const read =
      named.read.find((one) => names(one.file, name)) ??
      (source === undefined ? undefined : { role: source.slice(name.length + 2, -1) }) ??
      groups.find((one) => names(one.file, name));
    if (read !== undefined) roles.set(name, { role: read.role, used: true });
    else if (named.warnings.some((warning) => unused.test(warning))) roles.set(name, { role: "not used", used: false });
    else roles.set(name, { role: "not named in the document", used: false });
  }
  return roles;
}
