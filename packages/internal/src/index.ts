export { describeValue } from "./describeValue.js";
export { roundDecimal } from "./roundDecimal.js";
export { formatNumber, type FormatNumberOptions } from "./formatNumber.js";
export { neumaierSum, CompensatedSum } from "./neumaierSum.js";
export { withDisplay } from "./withDisplay.js";
