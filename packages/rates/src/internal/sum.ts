/** Neumaier (improved Kahan–Babuška) compensated sum of `values[from..to)`. */
export function neumaierSum(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  let c = 0;
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  return sum + c;
}
