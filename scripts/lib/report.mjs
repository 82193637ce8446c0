/**
 * Prints the outcome of one subject of a check: `ok  <subject>`, or `FAIL <subject>` with each
 * problem indented on a line of its own beneath it.
 *
 * @returns whether there were no problems
 */
export function reportProblems(subject, problems) {
  console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${subject}${problems.map((p) => `\n     ${p}`).join("")}`);
  return problems.length === 0;
}
