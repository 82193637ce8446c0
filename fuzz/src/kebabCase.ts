/**
 * Whether an error code is spelled as the suite spells every code: kebab-case, lower-case words
 * joined by single hyphens (`"invalid-count"`, `"month-out-of-range"`), never `"INVALID_COUNT"`.
 *
 * @example
 * ```ts
 * isKebabCase("invalid-count"); //=> true
 * isKebabCase("INVALID_COUNT"); //=> false
 * ```
 */
export function isKebabCase(code: string): boolean {
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(code);
}
