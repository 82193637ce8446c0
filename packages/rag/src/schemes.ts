/** How one status is shown: words, colour and a symbol, so a rating is never conveyed by colour alone. */
export interface RagSchemeEntry {
  /** The label, e.g. `"Red"`. */
  readonly label: string;
  /** A one- or two-letter abbreviation for narrow table cells, e.g. `"R"`. */
  readonly abbreviation: string;
  /** The fill colour, `#rrggbb`. */
  readonly colour: string;
  /** A text colour with a contrast ratio of at least 4.5:1 (WCAG AA) on `colour`, `#rrggbb`. */
  readonly textColour: string;
  /** A symbol with a distinct shape for each status (for readers who cannot tell the colours apart). */
  readonly symbol: string;
  /** What the status means in this scheme. */
  readonly definition: string;
}

/**
 * A way of presenting ratings: an entry for each status, and optionally a separate entry for
 * green-because-complete (BRAG's blue). Without `complete`, completed work is shown as green.
 */
export interface RagScheme {
  /** A stable identifier. */
  readonly id: string;
  /** A human name. */
  readonly name: string;
  /** Where the definitions come from. */
  readonly source: string;
  /** Guidance printed with the key, if any. */
  readonly instruction?: string;
  /** Red. */
  readonly red: RagSchemeEntry;
  /** Amber. */
  readonly amber: RagSchemeEntry;
  /** Green. */
  readonly green: RagSchemeEntry;
  /** Not rated. */
  readonly notRated: RagSchemeEntry;
  /** Complete, shown apart from green (e.g. blue), when the scheme separates them. */
  readonly complete?: RagSchemeEntry;
}

// GOV.UK Design System palette (https://design-system.service.gov.uk/styles/colour/).
const RED = "#d4351c";
const ORANGE = "#f47738";
const GREEN = "#00703c";
const BLUE = "#1d70b8";
const GREY = "#505a5f";
const WHITE = "#ffffff";
const BLACK = "#0b0c0c";

/**
 * The suite's default scheme: GOV.UK colours, a distinct symbol per status (✕ ! ✓ –) and plain
 * definitions of what each colour means for the rules of this package, measures and actions
 * together. Use it for a list that mixes both (a delivery plan rated by `evaluatePlan`); for
 * measures alone use {@link measureScheme}, for actions alone {@link actionScheme}, so that a
 * key never explains a measure's colour in words about actions.
 *
 * @example
 * ```ts
 * standardScheme.red.colour;
 * //=> "#d4351c"
 * standardScheme.amber.symbol;
 * //=> "!"
 * ```
 */
export const standardScheme: RagScheme = {
  id: "standard",
  name: "Red, amber, green",
  source: "@crimestats/rag",
  red: {
    label: "Red",
    abbreviation: "R",
    colour: RED,
    textColour: WHITE,
    symbol: "✕",
    definition: "Off track: beyond the tolerance of the target, or the action is overdue.",
  },
  amber: {
    label: "Amber",
    abbreviation: "A",
    colour: ORANGE,
    textColour: BLACK,
    symbol: "!",
    definition: "At risk: short of the target but within the tolerance, not improving, or not updated.",
  },
  green: {
    label: "Green",
    abbreviation: "G",
    colour: GREEN,
    textColour: WHITE,
    symbol: "✓",
    definition: "On track: the target is met or the measure has improved, or the action is on track or complete.",
  },
  notRated: {
    label: "Not rated",
    abbreviation: "NR",
    colour: GREY,
    textColour: WHITE,
    symbol: "–",
    definition: "Not rated: missing data, no comparison possible, or the action was removed.",
  },
};

/**
 * The standard scheme's colours and symbols with definitions about measures only (a figure against
 * its target, the same period last year, a benchmark or its trend), for a key printed beside
 * measures: nothing in it speaks of actions.
 *
 * @example
 * ```ts
 * measureScheme.red.definition;
 * //=> "Off track: the measure is worse than its target or its benchmark, or has got worse, by more than the tolerance."
 * measureScheme.red.colour === standardScheme.red.colour;
 * //=> true
 * ```
 */
export const measureScheme: RagScheme = {
  ...standardScheme,
  id: "measure",
  name: "Red, amber, green for measures",
  red: {
    ...standardScheme.red,
    definition: "Off track: the measure is worse than its target or its benchmark, or has got worse, by more than the tolerance.",
  },
  amber: {
    ...standardScheme.amber,
    definition: "At risk: the measure is short of its target but within the tolerance, has not improved, or is similar to its benchmark.",
  },
  green: { ...standardScheme.green, definition: "On track: the measure meets its target, has improved, or is better than its benchmark." },
  notRated: { ...standardScheme.notRated, definition: "Not rated: the data are missing or no comparison is possible." },
};

/**
 * The standard scheme's colours and symbols with definitions about delivery-plan actions only
 * (on track or complete, slightly behind, problems), for a key printed beside actions: nothing in
 * it speaks of measures or targets.
 *
 * @example
 * ```ts
 * actionScheme.amber.definition;
 * //=> "Slightly behind: some work is needed to bring the action back on track, or its progress has not been updated."
 * ```
 */
export const actionScheme: RagScheme = {
  ...standardScheme,
  id: "action",
  name: "Red, amber, green for actions",
  red: { ...standardScheme.red, definition: "Problems: the action is overdue or has problems that need to be addressed." },
  amber: {
    ...standardScheme.amber,
    definition: "Slightly behind: some work is needed to bring the action back on track, or its progress has not been updated.",
  },
  green: { ...standardScheme.green, definition: "On track or complete: the action is going to plan or has been finished." },
  notRated: { ...standardScheme.notRated, definition: "Not rated: the action is new and has no rating yet, or it was removed." },
};

/**
 * Blue, red, amber, green (BRAG): the standard scheme with completed work shown in blue with a star,
 * apart from work that is on track.
 *
 * @example
 * ```ts
 * bragScheme.complete?.colour;
 * //=> "#1d70b8"
 * ```
 */
export const bragScheme: RagScheme = {
  ...standardScheme,
  id: "brag",
  name: "Blue, red, amber, green",
  green: { ...standardScheme.green, definition: "On track: the target is met, the measure has improved, or the action is on track." },
  complete: {
    label: "Complete",
    abbreviation: "C",
    colour: BLUE,
    textColour: WHITE,
    symbol: "★",
    definition: "Complete: the action is finished.",
  },
};
