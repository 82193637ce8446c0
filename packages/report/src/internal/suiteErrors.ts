const names = new Set([
  "ReportError",
  "BenchmarkError",
  "DisclosureError",
  "PeriodError",
  "PoliceDataError",
  "RagError",
  "RatesError",
  "SchemaError",
  "TaxonomyError",
]);

/** True for an error of one of the @crimestats packages (their messages are sentences written for the user). */
export function isSuiteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && names.has(error.name) && typeof (error as { code?: unknown }).code === "string";
}
