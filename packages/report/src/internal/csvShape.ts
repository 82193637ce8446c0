/** What a downloaded file must look like: an MPS wide file, or any rectangular CSV. */
export type ExpectedContent = "mps-wide" | "csv";

/**
 * Checks that downloaded bytes are the CSV expected, before they may replace a cached copy, and
 * returns what is wrong in words (completing "…: it ") or `null` when they pass: UTF-8 text,
 * not an HTML page, a header of named columns, at least one data row, every row with as many
 * fields as the header, no unterminated quote, and a final line break (a file cut short at a
 * field boundary has the right shape but no line break). `"mps-wide"` also asks for the London
 * Datastore header: MajorText, MinorText, the area columns, then month columns (YYYYMM).
 */
export function csvShapeProblem(bytes: Uint8Array, expected: ExpectedContent): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "is not UTF-8 text";
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<") || start.includes("<html") || start.includes("<!doctype")) return "is an HTML or XML page, not a CSV file";
  if (text.includes("\u0000")) return "holds NUL bytes, so it is not a CSV file";
  if (!text.endsWith("\n")) return "does not end with a line break, so it looks cut short";

  // One pass over the text, counting fields per row; only the header's fields are kept as text.
  let header: string[] | null = null;
  let rows = 0;
  let fields = 0;
  let blankRow = true;
  let headerFields: string[] = [];
  let field = "";
  let fieldStart = true;
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          if (header === null) field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n") line += 1;
        if (header === null) field += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      blankRow = false;
    } else if (ch === ",") {
      fields += 1;
      if (header === null) headerFields.push(field);
      field = "";
      fieldStart = true;
      blankRow = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      fields += 1;
      if (!blankRow) {
        if (header === null) {
          headerFields.push(field);
          header = headerFields;
        } else {
          if (fields !== header.length) return `has ${fields} fields on line ${line} but ${header.length} in its header, so it is cut short or not one table`;
          rows += 1;
        }
      }
      headerFields = header === null ? [] : headerFields;
      fields = 0;
      field = "";
      fieldStart = true;
      blankRow = true;
      line += 1;
    } else {
      if (header === null) field += ch;
      fieldStart = false;
      blankRow = false;
    }
  }
  if (quoted) return "ends inside a quoted field, so it looks cut short";
  if (header === null || rows === 0) return "holds no data rows";
  const names = header.map((h) => h.trim());
  if (names.length < 2 || names.some((h) => h === "")) return "has no header of named columns";
  if (expected === "mps-wide") {
    const months = names.filter((h) => /^\d{6}$/.test(h));
    const wide =
      names[0]?.toLowerCase() === "majortext" &&
      names[1]?.toLowerCase() === "minortext" &&
      months.length > 0 &&
      names.slice(names.length - months.length).every((h) => /^\d{6}$/.test(h));
    if (!wide)
      return `has the header "${names.slice(0, 4).join(",")}${names.length > 4 ? ",…" : ""}", not an MPS file's (MajorText, MinorText, area columns, then months as YYYYMM)`;
  }
  return null;
}
