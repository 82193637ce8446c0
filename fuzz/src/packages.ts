import * as benchmark from "@crimestats/benchmark";
import * as charts from "@crimestats/charts";
import * as disclosure from "@crimestats/disclosure";
import * as periods from "@crimestats/periods";
import * as policeData from "@crimestats/police-data";
import * as rag from "@crimestats/rag";
import * as rates from "@crimestats/rates";
import * as report from "@crimestats/report";
import * as schema from "@crimestats/schema";
import * as taxonomy from "@crimestats/taxonomy";

/** Every package's exports, by folder name, in the order the suite fuzzes them (dependencies first). */
export const packages: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  periods,
  schema,
  taxonomy,
  rates,
  benchmark,
  rag,
  disclosure,
  "police-data": policeData,
  charts,
  report,
};

/** Whether a function is a class (an error class, not a public function to call). */
export function isClass(f: unknown): boolean {
  return typeof f === "function" && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** The names of a package's exported functions, sorted (classes and constants left out). */
export function exportedFunctions(ns: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(ns)
    .sort()
    .filter((k) => typeof ns[k] === "function" && !isClass(ns[k]));
}
