/**
 * Folds category text for tolerant matching: lower case, "&" read as "and", apostrophes dropped,
 * every other run of punctuation and white space one space, trimmed. So "BURGLARY - RESIDENTIAL",
 * "Burglary residential" and "burglary-residential" all fold to "burglary residential".
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
