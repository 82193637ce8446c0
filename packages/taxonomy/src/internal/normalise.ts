/**
 * Folds category text for tolerant matching: lower case, "&" read as "and", and everything that is
 * not a letter or digit dropped (white space, hyphens, slashes, apostrophes). So
 * "BURGLARY - RESIDENTIAL", "Burglary residential" and "burglary-residential" all fold to
 * "burglaryresidential", and "Antisocial behaviour" meets "Anti-social behaviour".
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "");
}
