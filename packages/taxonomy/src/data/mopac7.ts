import type { Taxonomy } from "@crimestats/schema";

/**
 * MOPAC 7: the seven neighbourhood crimes the Mayor's Office for Policing And Crime set targets
 * for under the Police and Crime Plan 2013–16, replaced in 2017 by a thematic approach. The list
 * is verbatim from the footnote of Harrow's 2017 Cabinet report (MOPAC Police and Crime Plan 2017–21): "Violence with
 * injury; Robbery; Burglary; Theft of a motor vehicle; Theft from a motor vehicle; Theft from a
 * person; Criminal damage". MOPAC published no finer definition here, so the crosswalks into it
 * map only the offences its names clearly cover.
 *
 * @example
 * ```ts
 * mopac7.categories.map((c) => c.name);
 * //=> ["Violence with injury", "Robbery", "Burglary", "Theft of a motor vehicle", "Theft from a motor vehicle", "Theft from a person", "Criminal damage"]
 * ```
 */
export const mopac7: Taxonomy = {
  id: "mopac-7",
  name: "MOPAC 7 neighbourhood crimes",
  publisher: "Mayor's Office for Policing And Crime",
  version: "2013-16",
  licence: "OGL-UK-3.0",
  categories: [
    { code: "violence-with-injury", name: "Violence with injury", level: 1, aliases: ["VWI"] },
    { code: "robbery", name: "Robbery", level: 1 },
    { code: "burglary", name: "Burglary", level: 1 },
    { code: "theft-of-a-motor-vehicle", name: "Theft of a motor vehicle", level: 1, aliases: ["Theft of motor vehicle", "Theft of vehicle"] },
    { code: "theft-from-a-motor-vehicle", name: "Theft from a motor vehicle", level: 1, aliases: ["Theft from motor vehicle", "Theft from vehicle"] },
    { code: "theft-from-a-person", name: "Theft from a person", level: 1, aliases: ["Theft from the person", "Theft from person"] },
    { code: "criminal-damage", name: "Criminal damage", level: 1 },
  ],
};
