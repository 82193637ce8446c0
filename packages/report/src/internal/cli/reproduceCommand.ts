import { formatNumber } from "@crimestats/internal";
import { reproduce2019 } from "../../reproduce2019.js";
import type { CliIo } from "./io.js";

function pad(cells: readonly (readonly string[])[]): string {
  const widths = cells[0]?.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? "").length))) ?? [];
  return cells.map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0))).join("  ")).join("\n");
}

/** `crimestats reproduce-2019`. */
export async function reproduceCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const result = reproduce2019();
  if (values["json"] === true) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = ["Harrow Community Safety Strategy 2019/20: benchmark tables recomputed (rates per 1,000 residents)", ""];
  for (const t of result.tables) {
    lines.push(`${t.title}`);
    const header = ["Area", "2017 Offences", "2017 Rate", "2018 Offences", "2018 Rate", "Offences Change", "Rate Change"];
    const body = t.table.rows.map((r) => [
      r.area,
      formatNumber(r.previous.count, 0),
      formatNumber(r.previous.value, 2),
      formatNumber(r.current.count, 0),
      formatNumber(r.current.value, 2),
      formatNumber(r.change.count, 0),
      formatNumber(r.change.rate, 2),
    ]);
    lines.push(pad([header, ...body]));
    const failed = t.cells.filter((c) => !c.reproduces);
    lines.push(
      failed.length === 0
        ? `All ${t.cells.length} printed rates and changes reproduce.`
        : `${failed.length} of ${t.cells.length} printed figures do not reproduce: ${failed.map((c) => `${c.area} ${c.column} printed ${c.printed}, recomputed ${c.recomputedDisplay}`).join("; ")}.`,
    );
    for (const s of t.sentences) lines.push(`  - ${s}`);
    lines.push("");
  }
  const { audit } = result;
  lines.push(result.populationNote, "", "Audit of the published figures (the tables, the burglary quick-facts box and the burglary prose)");
  lines.push(
    audit.ok
      ? `All ${audit.checked} printed figures reproduce.`
      : `${audit.checked - audit.findings.length} of ${audit.checked} printed figures reproduce; ${audit.findings.length} do not:`,
  );
  for (const f of audit.findings) lines.push(`  - ${f.label ?? "Table"}: ${f.explanation} [${f.cause}]`);
  lines.push("");
  io.out(`${lines.join("\n")}\n`);
  return 0;
}
