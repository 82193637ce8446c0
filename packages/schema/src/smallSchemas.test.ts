import { describe, expect, it } from "vitest";
import {
  AggregationSchema,
  AreaLevelSchema,
  CountingUnitSchema,
  LeadSchema,
  LifecycleSchema,
  LocalKindSchema,
  MandatoryPrioritySchema,
  NonEmptyStringSchema,
  PeriodKindSchema,
  PolaritySchema,
  PriorityKindSchema,
  PriorityTargetSchema,
  ProgressUpdateSchema,
  RagRatingSchema,
  gssCodePatterns,
} from "./index.js";

describe("doc examples of the small schemas", () => {
  it("enumerations", () => {
    expect(PeriodKindSchema.safeParse("rolling").success).toBe(true);
    expect(CountingUnitSchema.safeParse("crimes").success).toBe(false);
    expect(PolaritySchema.safeParse("no-judgement").success).toBe(true);
    expect(AreaLevelSchema.safeParse("neighbourhood").success).toBe(false);
    expect(PriorityKindSchema.safeParse("high-harm").success).toBe(true);
    expect(AggregationSchema.safeParse("meanOfRates").success).toBe(false);
    expect(LifecycleSchema.safeParse("continue").success).toBe(true);
    expect(RagRatingSchema.safeParse("not-rated").success).toBe(true);
    expect(LocalKindSchema.safeParse("service-volumes").success).toBe(true);
  });
  it("objects and text", () => {
    expect(NonEmptyStringSchema.safeParse("  ").success).toBe(false);
    expect(gssCodePatterns.borough.pattern.test("E09000015")).toBe(true);
    expect(PriorityTargetSchema.safeParse({ indicator: "idva-cases", target: { kind: "value", value: 240 } }).success).toBe(true);
    expect(MandatoryPrioritySchema.safeParse({ title: "Modern Slavery", kind: "high-harm", setBy: "MOPAC" }).success).toBe(true);
    expect(LeadSchema.safeParse({ role: "Community Safety Manager", organisation: "Harrow Council" }).success).toBe(true);
    expect(ProgressUpdateSchema.safeParse({ date: "2019-01-10", text: "UPDATE 10th Jan 2019: …" }).success).toBe(true);
  });
});
