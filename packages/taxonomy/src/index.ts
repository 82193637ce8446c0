export { TaxonomyError, type TaxonomyErrorCode } from "./TaxonomyError.js";
export { policeUkCategories } from "./data/policeUkCategories.js";
export { homeOfficeOffenceGroups } from "./data/homeOfficeOffenceGroups.js";
export { metropolitanPoliceCategories } from "./data/metropolitanPoliceCategories.js";
export { metropolitanPoliceLegacyCategories } from "./data/metropolitanPoliceLegacyCategories.js";
export { mopac7 } from "./data/mopac7.js";
export { recordingBreaks } from "./data/recordingBreaks.js";
export {
  mpsToHomeOffice,
  mpsLegacyToHomeOffice,
  homeOfficeToPoliceUk,
  homeOfficeToMopac7,
  policeUkToMopac7,
  mpsToMopac7,
  mpsLegacyToMopac7,
} from "./data/crosswalks.js";
export type { CrosswalkMatch, CrosswalkRow, CrosswalkTable } from "./crosswalkTypes.js";
export { findCategory, type FindCategoryOptions } from "./findCategory.js";
export { categoriesAt } from "./categoriesAt.js";
export { crosswalk, type CrosswalkOptions, type CrosswalkResult } from "./crosswalk.js";
export { breaksIn, type BreaksInOptions, type BreaksInPeriod } from "./breaksIn.js";
