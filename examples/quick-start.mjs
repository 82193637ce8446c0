// The README's example: Harrow's total-offences rate and its change, 2017 to 2018.
// Run it after `pnpm build` with `node examples/quick-start.mjs`.
import { formatPeriod, rollingYear, samePeriodLastYear } from "@crimestats/periods";
import { rate, rateChange, roundHalfUp } from "@crimestats/rates";

const current = rollingYear("2018-12");
const previous = samePeriodLastYear(current);
console.log(`${formatPeriod(previous, "range")} → ${formatPeriod(current, "range")}`);

// Harrow total offences (2019 Strategy), ONS mid-2017 population for both years
const population = 248_880;
const now = rate(14_866, population, { per: 1000, confidence: 0.95 });
console.log(`rate ${roundHalfUp(now.value, 2)} per 1,000 (${now.method} 95% CI ${roundHalfUp(now.lower, 2)}–${roundHalfUp(now.upper, 2)})`);

const change = rateChange({ count: 13_957, population }, { count: 14_866, population });
console.log(`rate change ${roundHalfUp(change.change.value, 2)} (difference of the unrounded rates)`);
