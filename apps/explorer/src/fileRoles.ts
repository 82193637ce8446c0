/** What the assessment did with one file given: what it was read as, or that it was not used. */
export interface FileRole {
  readonly role: string;
  readonly used: boolean;
}

/**
 * What the assessment did with each file given, by file name: the role the reconciliation of the
 * input files gives it ("borough counts", "population", "street-level crimes"), else "not used"
 * when a warning of the assessment says the file is not used; a file neither names (a boundary
 * file drawn on a map) gets no entry.
 *
 * @param names - The names of the files given.
 * @param read - The files the assessment read and their roles (its `reconciliation.files`).
 * @param warnings - The assessment's warnings ("<name> is not used: …", "The boundary file <name> is not used: …").
 * @returns The role of each file that has one, by name.
 * @throws Never.
 * @example
 * ```ts
 * fileRoles(["mye24tablesew.csv", "notes.txt", "wards.geojson"], [{ file: "mye24tablesew.csv", role: "population" }],
 *   ["notes.txt is not used: it is none of the files the assessment reads."]);
 * //=> Map { "mye24tablesew.csv" => { role: "population", used: true }, "notes.txt" => { role: "not used", used: false } }
 * ```
 */
export function fileRoles(
  names: readonly string[],
  read: readonly { readonly file: string; readonly role: string }[],
  warnings: readonly string[],
): Map<string, FileRole> {
  const roles = new Map<string, FileRole>();
  for (const name of names) {
    const roleRead = read.find((one) => one.file === name);
    // "<name> is not used: …", "The boundary file <name> is not used: …": the whole name, not the end of a longer one.
    const unused = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not used\\b`);
    if (roleRead !== undefined) roles.set(name, { role: roleRead.role, used: true });
    else if (warnings.some((warning) => unused.test(warning))) roles.set(name, { role: "not used", used: false });
  }
  return roles;
}
