/** The warnings of an assessment, the files not used grouped by the reason they were not. */
export interface GroupedWarnings {
  /** Files not used, grouped by the reason given (in the order first met), each group's files in the order met. */
  readonly unused: readonly { readonly reason: string; readonly files: readonly string[] }[];
  /** Every other warning (rows rejected, areas or months missing), as given. */
  readonly other: readonly string[];
}

/** "<name> is not used: <reason>." or "The boundary file <name> is not used: <reason>." */
const NOT_USED = /^(?:The boundary file )?(.+?) is not used: (.+?)\.?$/s;

/**
 * Groups the warnings of an assessment for reading: the sentences "<name> is not used: <reason>."
 * that give the same reason become one group listing the files (24 outcomes files of
 * data.police.uk are one line, not 24); every other warning is kept as it is.
 *
 * @param warnings - The assessment's warnings (`assessFiles`'s `warnings`).
 * @returns The files not used by reason, and the other warnings.
 * @throws Never.
 * @example
 * ```ts
 * groupWarnings(["a-outcomes.csv is not used: it is none of the files an assessment reads.",
 *   "b-outcomes.csv is not used: it is none of the files an assessment reads.", "3 rows rejected in x.csv."]);
 * //=> { unused: [{ reason: "it is none of the files an assessment reads", files: ["a-outcomes.csv", "b-outcomes.csv"] }],
 * //     other: ["3 rows rejected in x.csv."] }
 * ```
 */
export function groupWarnings(warnings: readonly string[]): GroupedWarnings {
  const unused = new Map<string, string[]>();
  const other: string[] = [];
  for (const warning of warnings) {
    const match = NOT_USED.exec(warning);
    const [, file, reason] = match ?? [];
    if (file === undefined || reason === undefined) {
      other.push(warning);
      continue;
    }
    const files = unused.get(reason) ?? [];
    files.push(file);
    unused.set(reason, files);
  }
  return { unused: [...unused].map(([reason, files]) => ({ reason, files })), other };
}
