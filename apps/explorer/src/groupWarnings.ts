import type { AssessedFile } from "@crimestats/report";

/** The warnings of an assessment, the files not used grouped by the reason they were not. */
export interface GroupedWarnings {
  /** Files not used, grouped by the reason given (in the order first met), each group's files in the order met. */
  readonly unused: readonly { readonly reason: string; readonly files: readonly string[] }[];
  /** Every other warning (rows rejected, areas or months missing), as given. */
  readonly other: readonly string[];
}

/**
 * Groups what an assessment says about its input for reading: the files not used, from its
 * `files` (those read as nothing, `readAs` `null`), grouped by their reason (24 outcomes files of
 * data.police.uk are one group, not 24; a street file of a month outside those read counts too,
 * though no warning names it); the warnings that only say a file of these is not used ("<name> is
 * not used: <reason>." or "The boundary file <name> is not used: <reason>.") are left out, so no
 * file is said twice; every other warning is kept as it is.
 *
 * @param files - What each file given was read as (`assessFiles`'s `files`).
 * @param warnings - The assessment's warnings (`assessFiles`'s `warnings`).
 * @returns The files not used by reason, and the other warnings.
 * @throws Never.
 * @example
 * ```ts
 * groupWarnings(
 *   [{ name: "a-outcomes.csv", readAs: null, reason: "it is none of the files an assessment reads" },
 *    { name: "b-outcomes.csv", readAs: null, reason: "it is none of the files an assessment reads" },
 *    { name: "x.csv", readAs: "borough counts", reason: null }],
 *   ["a-outcomes.csv is not used: it is none of the files an assessment reads.", "3 rows rejected in x.csv."],
 * );
 * //=> { unused: [{ reason: "it is none of the files an assessment reads", files: ["a-outcomes.csv", "b-outcomes.csv"] }],
 * //     other: ["3 rows rejected in x.csv."] }
 * ```
 */
export function groupWarnings(files: readonly AssessedFile[], warnings: readonly string[]): GroupedWarnings {
  const unused = new Map<string, string[]>();
  const said = new Set<string>();
  for (const { name, readAs, reason } of files) {
    if (readAs !== null) continue;
    const why = reason ?? "no reason given";
    const names = unused.get(why) ?? [];
    names.push(name);
    unused.set(why, names);
    said.add(`${name} is not used: ${why}.`);
    said.add(`The boundary file ${name} is not used: ${why}.`);
  }
  return {
    unused: [...unused].map(([reason, names]) => ({ reason, files: names })),
    other: warnings.filter((warning) => !said.has(warning)),
  };
}
