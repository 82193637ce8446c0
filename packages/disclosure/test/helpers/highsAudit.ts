import * as highsModule from "highs";
import type { Highs } from "highs";
import { possibleCounts, type ReleasedTable, type TableRelation } from "../../src/index.js";

let instance: Promise<Highs> | undefined;

/** The HiGHS WASM solver (loaded once). `highs` is CommonJS: its loader is the default export. */
export function highs(): Promise<Highs> {
  const mod = highsModule as unknown as { default: (() => Promise<Highs>) | { default: () => Promise<Highs> } };
  const loader = typeof mod.default === "function" ? mod.default : mod.default.default;
  instance ??= loader();
  return instance;
}

/** An interval from the LP (`integer: false`) or MIP (`integer: true`); `null` upper = unbounded. */
export interface LpInterval {
  readonly lower: number;
  readonly upper: number | null;
}

/**
 * Independent attacker for cross-checking: min and max of every listed cell, as a CPLEX-LP model
 * solved by HiGHS, with the same knowledge (suppressed ≥ 0, rounded cells within what the policy
 * maps to their figure, published cells fixed, relations as equalities).
 */
export function highsIntervals(
  solver: Highs,
  released: ReleasedTable,
  ids: readonly string[],
  integer: boolean,
  relations: readonly TableRelation[] = released.relations,
): Map<string, LpInterval> {
  const name = new Map(released.cells.map((c, i) => [c.id, `x${i}`]));
  const bounds: string[] = [];
  for (const c of released.cells) {
    const x = name.get(c.id)!;
    if (c.value === null) bounds.push(` ${x} >= 0`);
    else if (c.status === "rounded") {
      const r = possibleCounts(c.value, released.policy);
      bounds.push(` ${r.lower} <= ${x} <= ${r.upper}`);
    } else bounds.push(` ${x} = ${c.value}`);
  }
  const rows = relations.map((r, k) => ` r${k}: ${r.parts.map((p) => `+ ${name.get(p)!}`).join(" ")} - ${name.get(r.total)!} = 0`);
  const general = integer ? `General\n ${released.cells.map((c) => name.get(c.id)!).join(" ")}\n` : "";
  const out = new Map<string, LpInterval>();
  for (const id of ids) {
    const x = name.get(id)!;
    const solve = (sense: string) => {
      const lp = `${sense}\n obj: ${x}\nSubject To\n${rows.length > 0 ? rows.join("\n") : ` r: ${x} >= 0`}\nBounds\n${bounds.join("\n")}\n${general}End\n`;
      return solver.solve(lp, { presolve: "off" });
    };
    const lo = solve("Minimize");
    const hi = solve("Maximize");
    if (lo.Status !== "Optimal") throw new Error(`HiGHS min ${id}: ${lo.Status}`);
    const upper = hi.Status === "Optimal" ? hi.ObjectiveValue : hi.Status === "Unbounded" ? null : Number.NaN;
    if (Number.isNaN(upper)) throw new Error(`HiGHS max ${id}: ${hi.Status}`);
    out.set(id, { lower: lo.ObjectiveValue, upper });
  }
  return out;
}
