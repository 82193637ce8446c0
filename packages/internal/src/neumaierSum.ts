/**
 * Neumaier's compensated sum (Kahan–Babuška) of `values[from..to)`: exact to about one rounding
 * of the result however many terms there are. Neumaier, A. (1974), "Rundungsfehleranalyse
 * einiger Verfahren zur Summation endlicher Summen", ZAMM 54(1), 39–51.
 *
 * @example
 * ```ts
 * neumaierSum([1, 1e100, 1, -1e100]); //=> 2
 * ```
 */
export function neumaierSum(values: ArrayLike<number>, from = 0, to = values.length): number {
  const sum = new CompensatedSum();
  for (let i = from; i < to; i++) sum.add(values[i] as number);
  return sum.value;
}

/**
 * A running Neumaier compensated sum, for totals built up one term at a time (streamed rows).
 *
 * @example
 * ```ts
 * const total = new CompensatedSum();
 * for (const x of [0.1, 0.2, 0.3]) total.add(x);
 * total.value; //=> 0.6
 * ```
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  /** Adds one term. */
  add(x: number): void {
    const t = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  /** The sum so far. */
  get value(): number {
    return this.sum + this.compensation;
  }
}
