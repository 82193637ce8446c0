/**
 * Exact rational arithmetic on the decimal values that numbers are written as, so that boundaries
 * ("exactly on the edge of the amber band") are decided exactly: 2147 + 2% of 2147 is 2189.94, and
 * a value of 2189.94 is on the edge, although in binary floating point it is not.
 *
 * A finite double is read as the decimal of its shortest round-trip text (`String(x)`), which is
 * the literal a person wrote in JSON or code.
 */
export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const TEN = 10n;

/** The decimal a finite number is written as, exactly. */
export function fromNumber(x: number): Rational {
  const text = String(x);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (match === null) throw new RangeError(`not a finite number: ${text}`);
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  let n = BigInt(`${whole!}${fraction}`);
  if (sign === "-") n = -n;
  const exponent = Number(exponentText) - fraction.length;
  return exponent >= 0 ? { n: n * TEN ** BigInt(exponent), d: 1n } : { n, d: TEN ** BigInt(-exponent) };
}

export function add(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function sub(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function mul(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b`; `b` must not be zero. */
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError("division by zero");
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

export function abs(a: Rational): Rational {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** -1, 0 or 1: the sign of `a`. */
export function sign(a: Rational): -1 | 0 | 1 {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const HUNDRED: Rational = { n: 100n, d: 1n };
