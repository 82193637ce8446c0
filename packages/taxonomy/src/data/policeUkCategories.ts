import type { Taxonomy } from "@crimestats/schema";

/**
 * The data.police.uk street-level crime categories: `code` is the slug used by the API
 * (`/api/crimes-street/<slug>`, `crime-categories?date=YYYY-MM`), `name` the exact "Crime type"
 * string of the published CSV files. The list changes over time, so each category carries the
 * months it was in use:
 *
 * - December 2010 (the first month published): Anti-social behaviour, Burglary, Robbery,
 *   Vehicle crime, Violent crime, Other crime.
 * - From September 2011: Criminal damage and arson, Drugs, Other theft, Shoplifting, and
 *   "Public disorder and weapons" (`public-disorder-weapons`) split out of Other crime.
 * - From May 2013: "Public disorder and weapons" split into Public order and Possession of
 *   weapons; Bicycle theft and Theft from the person split out of Other theft; and "Violent crime"
 *   relabelled "Violence and sexual offences" (the slug `violent-crime` was kept, so it is one
 *   category whose old label is an alias).
 *
 * The meta-category `all-crime` (every category together) is not a category and is not listed.
 * The boundary months of the 2011 and 2013 changes follow police.uk's change history as
 * commonly reported; they were not checked against the API here, so confirm with
 * `crime-categories?date=` before relying on a boundary month.
 *
 * @example
 * ```ts
 * policeUkCategories.categories.map((c) => c.code).includes("possession-of-weapons");
 * //=> true
 * ```
 */
export const policeUkCategories: Taxonomy = {
  id: "police-uk",
  name: "data.police.uk street-level crime categories",
  publisher: "Home Office (data.police.uk)",
  version: "2013-05",
  licence: "OGL-UK-3.0",
  url: "https://data.police.uk/docs/method/crime-categories/",
  categories: [
    { code: "anti-social-behaviour", name: "Anti-social behaviour", level: 1, validFrom: "2010-12", aliases: ["ASB"] },
    { code: "bicycle-theft", name: "Bicycle theft", level: 1, validFrom: "2013-05" },
    { code: "burglary", name: "Burglary", level: 1, validFrom: "2010-12" },
    {
      code: "criminal-damage-arson",
      name: "Criminal damage and arson",
      level: 1,
      validFrom: "2011-09",
      aliases: ["Criminal damage & arson"],
    },
    { code: "drugs", name: "Drugs", level: 1, validFrom: "2011-09" },
    { code: "other-theft", name: "Other theft", level: 1, validFrom: "2011-09" },
    { code: "possession-of-weapons", name: "Possession of weapons", level: 1, validFrom: "2013-05" },
    { code: "public-order", name: "Public order", level: 1, validFrom: "2013-05" },
    { code: "robbery", name: "Robbery", level: 1, validFrom: "2010-12" },
    { code: "shoplifting", name: "Shoplifting", level: 1, validFrom: "2011-09" },
    { code: "theft-from-the-person", name: "Theft from the person", level: 1, validFrom: "2013-05" },
    { code: "vehicle-crime", name: "Vehicle crime", level: 1, validFrom: "2010-12" },
    {
      code: "violent-crime",
      name: "Violence and sexual offences",
      level: 1,
      validFrom: "2010-12",
      aliases: ["Violent crime"],
      description: 'Labelled "Violent crime" until April 2013; the slug was kept after the relabelling.',
    },
    { code: "other-crime", name: "Other crime", level: 1, validFrom: "2010-12" },
    {
      code: "public-disorder-weapons",
      name: "Public disorder and weapons",
      level: 1,
      validFrom: "2011-09",
      validTo: "2013-04",
      aliases: ["Public disorder & possession of weapons", "Public disorder and possession of weapons"],
      description: "Split into Public order and Possession of weapons from May 2013.",
    },
  ],
};
