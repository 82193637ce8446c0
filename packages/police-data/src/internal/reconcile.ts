import { CompensatedSum } from "@crimestats/internal";
import type { ReaderStats, Reconciliation, RejectCode, RejectedRow } from "../types.js";

const EXAMPLES_PER_CODE = 20;

/** Mutable statistics behind {@link ReaderStats}. */
export class StatsBuilder implements ReaderStats {
  files: string[] = [];
  rowsRead = 0;
  rowsRejected = 0;
  rejectedByCode: Partial<Record<RejectCode, number>> = {};
  rejectedExamples: RejectedRow[] = [];

  reject(code: RejectCode, file: string, line: number, message: string, rows = 1): void {
    this.rowsRejected += rows;
    const n = (this.rejectedByCode[code] ?? 0) + rows;
    this.rejectedByCode[code] = n;
    if (n - rows < EXAMPLES_PER_CODE) this.rejectedExamples.push({ file, line, code, message });
  }
}

/** Collects the counts of a {@link Reconciliation}: the row statistics of {@link StatsBuilder} and how the rows kept were counted. */
export class ReconciliationBuilder extends StatsBuilder {
  rowsCounted = 0;
  noArea = 0;
  outsideLookup = 0;
  duplicateCrimeIds = 0;
  emptyCrimeIds = 0;
  /** Rows counted one at a time (`total++`, the street-file fast path); other counts go through `addTotal`. */
  total = 0;
  private readonly added = new CompensatedSum();

  /** Add a count to the total (Neumaier-compensated). */
  addTotal(v: number): void {
    this.added.add(v);
  }

  /** Merge the row statistics of a reader that ran before the counting. */
  mergeReader(stats: ReaderStats): void {
    for (const f of stats.files) this.files.push(f);
    this.rowsRead += stats.rowsRejected;
    for (const [code, n] of Object.entries(stats.rejectedByCode) as [RejectCode, number][]) {
      this.rejectedByCode[code] = (this.rejectedByCode[code] ?? 0) + n;
      this.rowsRejected += n;
    }
    for (const e of stats.rejectedExamples) this.rejectedExamples.push(e);
  }

  build(): Reconciliation {
    return {
      files: [...this.files],
      rowsRead: this.rowsRead,
      rowsCounted: this.rowsCounted,
      rowsUnknownArea: this.noArea + this.outsideLookup,
      noArea: this.noArea,
      outsideLookup: this.outsideLookup,
      rowsRejected: this.rowsRejected,
      rejectedByCode: { ...this.rejectedByCode },
      rejectedExamples: [...this.rejectedExamples].sort((a, b) => this.files.indexOf(a.file) - this.files.indexOf(b.file) || a.line - b.line),
      duplicateCrimeIds: this.duplicateCrimeIds,
      emptyCrimeIds: this.emptyCrimeIds,
      total: this.total + this.added.value,
    };
  }
}
