/**
 * One built-in comparator group: the areas a partnership compares itself with, as it published
 * them, keyed by the focus area's ONS code and name.
 */
interface BuiltInGroup {
  /** The focus area's ONS (GSS) code. */
  readonly code: string;
  /** The focus area's name, as the counts spell it. */
  readonly name: string;
  /** The comparator areas. */
  readonly members: readonly string[];
  /** What the group is called after "of its", e.g. "neighbours". */
  readonly groupName: string;
  /** Where the group comes from, after "The comparator group is …". */
  readonly source: string;
}

/**
 * The built-in comparator groups, used when `--neighbours` is not given: add a row to give a
 * partnership its published group. Each row names where the group was published.
 */
const groups: readonly BuiltInGroup[] = [
  {
    code: "E09000015",
    name: "Harrow",
    members: ["Barnet", "Brent", "Ealing", "Hillingdon"],
    groupName: "neighbours",
    source: "the neighbouring boroughs of the Safer Harrow Strategy 2019",
  },
];

/**
 * The built-in comparator group of a focus area (matched by ONS code when given, else by name
 * ignoring case), or `undefined` when the list has none for it.
 */
export function builtInNeighbours(
  name: string,
  code?: string,
): { readonly members: readonly string[]; readonly name: string; readonly explanation: string } | undefined {
  const wanted = name.trim().toLowerCase();
  const group = groups.find((g) => (code !== undefined && g.code === code) || g.name.toLowerCase() === wanted);
  return group === undefined ? undefined : { members: group.members, name: group.groupName, explanation: group.source };
}
