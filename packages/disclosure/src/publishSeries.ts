import { attackerBounds, isSuppressed } from "./internal/attack.js";
import { DisclosureError } from "./DisclosureError.js";
import { monthIndex } from "./internal/months.js";
import { checkArray, checkId, checkObject } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { ReleasedSeries, SeriesFigure } from "./seriesTypes.js";

/**
 * The view of a released series that may be published: every hidden figure has the one status
 * `suppressed` and shows the policy's symbol, and the list of secondary suppressions is dropped, so
 * a reader cannot tell a small count hidden for itself from a figure hidden to protect one (see
 * {@link publishTable}).
 *
 * @param released - A released series (from {@link protectSeries}).
 * @returns `{ figures, policy }` with `suppressed` for every hidden figure; the input is not changed.
 * @throws {@link DisclosureError} (`invalid-release`) when `released` is not a released series or a
 * figure is one the policy cannot give, (`invalid-count`) for a shown figure that is not a
 * non-negative integer, (`invalid-policy`) for a bad policy.
 * @example
 * ```ts
 * const policy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
 * const s = protectSeries([{ area: "Roxeth", start: "2018-01", counts: [7, 9, 3] }], policy, { window: 2 });
 * publishSeries(s).figures.map((f) => f.status);
 * //=> ["published", "published", "suppressed", "published", "suppressed"]
 * ```
 */
export function publishSeries(released: ReleasedSeries): ReleasedSeries {
  checkObject(released, "The released series");
  checkArray(released.figures, "The released figures");
  const policy = parseDisclosurePolicy(released.policy);
  const symbol = policy.suppress?.symbol ?? "*";
  released.figures.forEach((f, i) => {
    checkObject(f, `Released figure ${i}`);
    checkId(f.area, `The area of released figure ${i}`);
    if (monthIndex(f.last, `Released figure ${i}`) < monthIndex(f.first, `Released figure ${i}`)) {
      throw new DisclosureError("invalid-release", `Released figure ${i} ends before it starts; expected first ≤ last.`, { cell: i });
    }
  });
  // every figure well formed, every shown figure one the policy can give
  attackerBounds(
    released.figures.map((f, i) => ({ id: `figure ${i}`, value: f.value, display: f.display, status: f.status })),
    policy,
  );
  const figures: SeriesFigure[] = released.figures.map((f) => {
    const { area, first, last, value, display, status } = f;
    if (!isSuppressed(status)) return { area, first, last, value, display, status };
    return { area, first, last, value: null, display: symbol, status: "suppressed" };
  });
  return { figures, policy };
}
