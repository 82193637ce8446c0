import type { ComparisonOutcome } from "../compareWithBenchmark.js";
import type { Polarity } from "@crimestats/schema";

/** Maps a significant direction at a level to an outcome under a polarity. */
export function judge(direction: "higher" | "lower", extreme: boolean, polarity: Polarity): ComparisonOutcome {
  if (polarity === "no-judgement") return direction;
  const good = (direction === "lower") === (polarity === "lower-is-better");
  if (extreme) return good ? "best" : "worst";
  return good ? "better" : "worse";
}
