import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The area each of the three documents in `out` was written for, read independently from each
 * (the Markdown title, the HTML title, the JSON area): one run's set has one area three times.
 */
export function areasWritten(out: string): { md: string; html: string; json: string } {
  const md = /^# Strategic Assessment: (.+?) \(SYNTHETIC/.exec(readFileSync(join(out, "strategic-assessment.md"), "utf8"))?.[1] ?? "unreadable";
  const html = /<title>Strategic Assessment: (.+?) \(SYNTHETIC/.exec(readFileSync(join(out, "strategic-assessment.html"), "utf8"))?.[1] ?? "unreadable";
  let json = "unreadable";
  try {
    json = (JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { area: string }).area;
  } catch {
    // left as "unreadable"
  }
  return { md, html, json };
}
