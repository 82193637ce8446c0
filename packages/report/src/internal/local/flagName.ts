const NAMES: Readonly<Record<string, string>> = {
  "hate:race": "Race",
  "hate:religion": "Religion or belief",
  "hate:sexual-orientation": "Sexual orientation",
  "hate:disability": "Disability",
  "hate:transgender": "Transgender identity",
  "hate:antisemitic": "Antisemitic",
  "hate:islamophobic": "Islamophobic",
  "domestic-abuse": "Domestic abuse",
  knife: "Knife or sharp instrument",
  gun: "Firearm",
  injury: "With injury",
};

/**
 * A flag of an incident row as a table's label: the known flags by name ("hate:race" → "Race",
 * "injury" → "With injury"), any other in words ("repeat-victim" → "Repeat victim",
 * "hate:other-strand" → "Other strand").
 *
 * @param flag - The flag.
 * @returns Its label.
 * @throws Never.
 * @example
 * ```ts
 * flagName("hate:sexual-orientation"); //=> "Sexual orientation"
 * flagName("repeat-victim");           //=> "Repeat victim"
 * ```
 */
export function flagName(flag: string): string {
  const known = NAMES[flag];
  if (known !== undefined) return known;
  const words = flag.replace(/^[a-z0-9-]+:/, "").replace(/-/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
