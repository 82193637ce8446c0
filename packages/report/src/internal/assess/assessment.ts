import { disclosurePreset, type DisclosurePolicy, type DisclosurePresetName } from "@crimestats/disclosure";
import { parseRules, type ChangeRule, type RuleSet, type TargetRule } from "@crimestats/rag";
import { safeParseRecordingBreaks, safeParseStrategy, type RecordingBreak, type Strategy } from "@crimestats/schema";
import { recordingBreaks } from "@crimestats/taxonomy";
import { ReportError } from "../../ReportError.js";
import { strategicAssessment, type PriorityInput } from "../../strategicAssessment.js";
import type { PopulationEstimates, StrategicAssessmentResult } from "../../types.js";
import type { LocalKind, LocalMeasuresInput } from "../../localTypes.js";
import { reconciliationWarnings } from "../inputCheck.js";
import { ASB_CRIME_TYPE, ASB_STREET_SOURCE } from "../local/asbFromStreetCrimes.js";
import { middleWords, periodMiddle, tiedEstimateYear } from "../populations.js";
import { countText } from "../sections/words.js";
import { baseName, type AssessInputFiles } from "./classifyFiles.js";
import { fileText } from "./fileText.js";
import { loadAssessData, mpsBenchmarkArea, type AssessData, type Framework } from "./loadData.js";
import { localInput, type LocalFileRead } from "./localFiles.js";
import { loadStreetData, SMALL_POPULATION, type StreetReaders } from "./loadStreetData.js";
import { builtInNeighbours } from "./neighbours.js";

/** The disclosure presets of @crimestats/disclosure that `--disclosure` accepts, and `none` (counts as recorded). */
const DISCLOSURE_POLICIES: readonly (DisclosurePresetName | "none")[] = ["suppress-1-4-round-5", "small-to-5-round-5", "redact-0-7-round-5", "none"];

/** The focus area given, trimmed; an empty one is an error. */
export function checkedArea(given: string): string {
  const area = given.trim();
  if (area === "") throw new ReportError("invalid-argument", 'Option "--area" is empty: expected a local authority such as Harrow or Cumberland.', {});
  return area;
}

/** The last month given (`YYYY-MM`), or an error naming it. */
export function checkedMonth(to: string | undefined): string | undefined {
  if (to !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(to)) {
    throw new ReportError("invalid-argument", `Month "${to}" given to --to is not a month: expected YYYY-MM, e.g. 2025-02.`, { to });
  }
  return to;
}

/** The disclosure policy's name given, or an error naming those accepted. */
export function checkedDisclosure(name: string): DisclosurePresetName | "none" {
  if (!(DISCLOSURE_POLICIES as readonly string[]).includes(name)) {
    throw new ReportError("invalid-argument", `Unknown disclosure policy "${name}": expected ${DISCLOSURE_POLICIES.join(", ")}.`, { disclosure: name });
  }
  return name as DisclosurePresetName | "none";
}

/** The benchmark area of the data.police.uk path (`--benchmark`): the focus area's force area (default) or England and Wales. */
function checkedBenchmark(given: unknown): "force-area" | "england-and-wales" {
  if (given === undefined || given === "force-area" || given === "england-and-wales") return given ?? "force-area";
  throw new ReportError("invalid-argument", `Unknown benchmark area "${String(given)}" given to --benchmark: expected force-area or england-and-wales.`, {
    benchmark: given,
  });
}

/** The policy of a `--disclosure` value: a preset, or `none`, a policy with no rule (figures already published as recorded). */
function disclosurePolicy(name: DisclosurePresetName | "none"): DisclosurePolicy {
  return name === "none" ? { id: "none", protectionWidth: 0 } : disclosurePreset(name);
}

/** Reads a JSON file given to an option, saying which file cannot be read or is not JSON. */
async function readJson(file: File, label: string, what: string, expected: string): Promise<unknown> {
  const text = await fileText(file, what, label);
  try {
    return JSON.parse(text);
  } catch {
    throw new ReportError("invalid-data", `The ${what} "${label}" is not JSON: expected ${expected}.`, { file: label });
  }
}

/** The user's own recording breaks (`--breaks`): a JSON list of RecordingBreak, checked with safeParseRecordingBreaks of @crimestats/schema. */
export async function readBreaks(file: File, label = file.name): Promise<readonly RecordingBreak[]> {
  const parsed = safeParseRecordingBreaks(await readJson(file, label, "breaks file", "a list of recording breaks"));
  if (!parsed.success) {
    throw new ReportError(
      "invalid-data",
      `The breaks file "${label}" is not a list of recording breaks: ${parsed.error.message.split("\n").slice(1, 4).join("; ")}.`,
      { file: label },
    );
  }
  return parsed.data;
}

/** The RAG rules (`--rag-rules`): a RuleSet of @crimestats/rag, checked with parseRules. */
export async function readRules(file: File, label = file.name): Promise<RuleSet> {
  return parseRules(await readJson(file, label, "RAG rules file", 'a rule set, { "rules": [ … ] }'));
}

/**
 * The priorities of a partnership's strategy file (`--framework <file>`): a `Strategy` of
 * @crimestats/schema, or a list of them, one chosen with `id` (`--strategy <id>`), checked with the
 * schema before anything is read. `label` names the file in messages.
 */
export async function readFramework(file: File, id: string | undefined, label = file.name): Promise<Framework> {
  const text = await fileText(file, "strategy file", label);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReportError("invalid-data", `Strategy file "${label}" is not JSON: expected a strategy or a list of strategies.`, { file: label });
  }
  const candidates: unknown[] = Array.isArray(json) ? json : [json];
  const strategies: Strategy[] = candidates.map((candidate, i) => {
    const parsed = safeParseStrategy(candidate);
    if (!parsed.success) {
      const where = Array.isArray(json) ? ` (entry ${i + 1})` : "";
      throw new ReportError("invalid-data", `Strategy file "${label}"${where} is not a strategy: ${parsed.error.message.split("\n").slice(0, 3).join("; ")}.`, {
        file: label,
      });
    }
    return parsed.data;
  });
  const ids = strategies.map((s) => s.id);
  const chosen = id === undefined ? (strategies.length === 1 ? strategies[0] : undefined) : strategies.find((s) => s.id === id);
  if (chosen === undefined) {
    throw new ReportError(
      "invalid-argument",
      id === undefined
        ? `Strategy file "${label}" holds ${strategies.length} strategies: expected --strategy with one of ${ids.join(", ")}.`
        : `Strategy "${id}" is not in "${label}": expected one of ${ids.join(", ")}.`,
      { file: label, ...(id === undefined ? {} : { strategy: id }) },
    );
  }
  return { kind: "strategy", strategy: chosen, file: file.name };
}

/**
 * The RAG rule of each priority: the rule whose id is the priority's id. Only change and target
 * rules rate a priority's count; a rule of another kind is an error, and so (when `strict`, for a
 * file the user gave) is a rule whose id names no priority, naming the priority ids, so a
 * misspelt id never silently leaves a priority unrated.
 */
function ruleOfPriority(
  rules: RuleSet,
  file: string,
  priorities: readonly PriorityInput[],
  strict: boolean,
): (priority: PriorityInput) => ChangeRule | TargetRule | null {
  const ids = priorities.map((p) => p.id);
  const byId = new Map<string, ChangeRule | TargetRule>();
  for (const rule of rules.rules) {
    const id = rule.id ?? "";
    if (!ids.includes(id)) {
      if (!strict) continue;
      throw new ReportError("invalid-data", `Rule "${id}" of the RAG rules file "${file}" names no priority: expected one of ${ids.join(", ")}.`, {
        file,
        rule: id,
      });
    }
    if (rule.kind !== "change" && rule.kind !== "target") {
      throw new ReportError(
        "invalid-data",
        `Rule "${id}" of the RAG rules file "${file}" is a ${rule.kind} rule: expected a change or target rule, which rate a priority's offences.`,
        {
          file,
          rule: id,
        },
      );
    }
    byId.set(id, rule);
  }
  return (priority) => byId.get(priority.id) ?? null;
}

/** Each kind in words, for the sources list. */
const KIND_WORDS: Readonly<Record<LocalKind, string>> = {
  incidents: "the partnership's incident counts",
  "youth-justice": "the partnership's youth justice figures",
  survey: "the partnership's survey results",
  "service-volumes": "the partnership's service volumes",
  "delivery-plan": "the partnership's delivery plan",
};

/** The row counts of a file in words, for the sources list. */
function rowsWords(n: number): string {
  return `${countText(n)} row${n === 1 ? "" : "s"}`;
}

type AssessmentReconciliationFiles = ReturnType<typeof localInput>["checked"];

/**
 * The assessment's `local` input: the local files (files of one kind joined), and anti-social
 * behaviour from the street-level files: counts by district and month unless the local files give
 * anti-social behaviour counts of their own (then the street-level counts are not added, and a
 * warning says so), and the focus area's points for the hotspot map in either case. `null` when
 * there is neither. With `filesListed` the street files are among the sources already (as holding
 * crimes and anti-social behaviour) and are not listed again.
 */
function assessmentLocal(
  fromFiles: ReturnType<typeof localInput>,
  data: Pick<AssessData, "asb" | "streetCrimes">,
  syntheticData: boolean,
  warn: (text: string) => void,
  filesListed = false,
): { input: LocalMeasuresInput | null; checked: AssessmentReconciliationFiles } {
  const { input, checked } = fromFiles;
  let incidents = input.incidents ?? [];
  const sources = [...(input.sources ?? [])];
  let streetPoints: LocalMeasuresInput["streetPoints"];
  // The street files' anti-social behaviour is published open data: released exactly, never under the disclosure policy.
  let openData = false;
  if (data.asb !== null) {
    if (incidents.some((row) => row.measure === "asb")) {
      warn(
        `The anti-social behaviour rows of the street-level files (${rowsWords(data.asb.counts.length)} of counts by district and month) are not added to the counts: the local-data files give anti-social behaviour counts, and the two would count the same incidents twice (their points are still drawn on the hotspot map).`,
      );
    } else {
      incidents = [...incidents, ...data.asb.counts];
      openData = true;
      const names = data.asb.files.map((f) => baseName(f)).sort();
      const files = names.length === 1 ? names[0] : `${names.length} files, ${names[0]} to ${names.at(-1)}`;
      const n = data.asb.withoutDistrict;
      const unlocated = n === 0 ? "" : `; ${rowsWords(n)} without a location ${n === 1 ? "is" : "are"} in no district`;
      if (!filesListed)
        sources.push(
          `${syntheticData ? "SYNTHETIC demonstration data invented by a seeded generator (not real figures): " : ""}${files} (${ASB_STREET_SOURCE}: anti-social behaviour incidents by district and month${unlocated})`,
        );
    }
    const points = (data.streetCrimes ?? []).filter((c) => c.offence === ASB_CRIME_TYPE);
    if (points.length > 0) streetPoints = points;
  }
  const any =
    incidents.length > 0 || input.youthJustice !== undefined || input.surveys !== undefined || input.services !== undefined || input.plan !== undefined;
  if (!any) return { input: null, checked };
  return {
    input: {
      ...input,
      ...(incidents.length > 0 ? { incidents } : {}),
      ...(streetPoints === undefined ? {} : { streetPoints }),
      ...(openData ? { openData: ["asb"] } : {}),
      sources,
    },
    checked,
  };
}

/**
 * The known changes in recording (`recordingBreaks` of @crimestats/taxonomy) that apply to MPS
 * borough counts: those of the MPS classification or of none. None for the SYNTHETIC data, whose
 * invented counts the published descriptions would misstate.
 */
function knownBreaks(synthetic: boolean): readonly RecordingBreak[] {
  return synthetic ? [] : recordingBreaks.filter((b) => b.classification === undefined || b.classification === "mps");
}

/**
 * The result with the small-population caveat next to the headline rate (the first key finding,
 * the focus area's all-offences count and rate) when `small`: the notes give it in full.
 */
function withSmallPopulation(result: StrategicAssessmentResult, small: boolean): StrategicAssessmentResult {
  const first = result.keyFindings[0];
  if (!small || first === undefined) return result;
  const explanation = `${first.explanation.replace(/\.$/, "")}: few people live in ${result.area} compared with those who work in or visit it, so a rate per 1,000 residents overstates the risk to the people present.`;
  return { ...result, keyFindings: [{ ...first, explanation }, ...result.keyFindings.slice(1)] };
}

/**
 * The result with a note, after the one on the populations, for each period whose estimate was the
 * later of two equally near the middle of the period ("Mid-2022 and mid-2023 are equally near the
 * middle of the period, 1 January 2023; the later, mid-2023, is used."), so the reader sees that the
 * choice was a tie, not the only estimate.
 */
function withPopulationTies(
  result: StrategicAssessmentResult,
  populations: readonly PopulationEstimates[] | Readonly<Record<string, number>>,
  area: string,
): StrategicAssessmentResult {
  if (!Array.isArray(populations)) return result;
  const years = (populations as readonly PopulationEstimates[]).filter((e) => (e.populations[area] ?? 0) > 0).map((e) => e.year);
  const ties = new Set<string>();
  for (const [used, period] of [
    [result.populations.previous, result.previous],
    [result.populations.current, result.current],
  ] as const) {
    if (used === null || period === null || used.year === null) continue;
    const middle = periodMiddle(period.first, period.last);
    const other = tiedEstimateYear(years, middle, used.year);
    if (other !== undefined)
      ties.add(
        `mid-${Math.min(other, used.year)} and mid-${Math.max(other, used.year)} are equally near the middle of the period, ${middleWords(middle)}; the later, mid-${used.year}, is used`,
      );
  }
  if (ties.size === 0) return result;
  const sentence = `${[...ties].join("; ").replace(/^m/, "M")}.`;
  const after = result.notes.findIndex((n) => n.startsWith("Rates are offences per 1,000 residents"));
  const notes = [...result.notes];
  notes.splice(after < 0 ? notes.length : after + 1, 0, sentence);
  return { ...result, notes };
}

/** What an assessment is computed from, its options checked and its small files read. */
export interface AssessmentRun {
  readonly files: AssessInputFiles;
  readonly area: string;
  /** The comparator areas given (`--neighbours`); absent, the built-in group of the area, or (data.police.uk) the force area's districts. */
  readonly neighbours?: readonly string[] | undefined;
  readonly to?: string | undefined;
  /** The benchmark area of the data.police.uk street files (`force-area` or `england-and-wales`, checked when they are read); absent, the force area. */
  readonly benchmark?: string | undefined;
  readonly disclosure: DisclosurePresetName | "none";
  readonly framework: Framework;
  readonly breaks: readonly RecordingBreak[];
  /** The RAG rules, how messages name their file, and whether a rule naming no priority is an error (a file the user gave). */
  readonly rules: { readonly set: RuleSet; readonly label: string; readonly strict: boolean } | null;
  /** The local-data files, read and free of problems, and whether they are SYNTHETIC. */
  readonly local: { readonly files: readonly LocalFileRead[]; readonly synthetic: boolean };
  /** Whether the boundary files were named one by one (a file that is not boundaries is then an error, not a warning). */
  readonly boundariesGiven: boolean;
  /** How messages name the data (`the files given`, or a folder in quotes). */
  readonly where: string;
  /** How an error names a file the user gave (default its name). */
  readonly label?: ((file: File) => string) | undefined;
  /** How data.police.uk street files are found and counted (default police-data's main entry). */
  readonly streetReaders?: StreetReaders | undefined;
}

/** What an assessment says as it goes: progress lines, warnings, and whether rejected input stops it. */
export interface AssessmentHooks {
  readonly step: (text: string) => void;
  /** Called once the data are read, just before the assessment is computed. */
  readonly computing?: () => void;
  /** A warning (input not used, rejected or missing): said at once, and returned with the result. */
  readonly warn: (text: string) => void;
  /** Stop (returning `null`) once the reconciliation finds input rejected or missing (the command line's `--strict`). */
  readonly stopOnRejected?: boolean;
  /** Told of each file classified as read that is not read after all (a boundary file matching no layer, a street file of another month), with the reason. */
  readonly notUsed?: (file: File, reason: string) => void;
}

/**
 * Reads the data and computes the Strategic Assessment: the MPS borough files (with ward,
 * population, boundary and street files), or data.police.uk street files for any local authority;
 * `null` when `stopOnRejected` and input was rejected or is missing. The one pipeline of
 * `assessFiles` and `crimestats assess`.
 */
export async function runAssessment(run: AssessmentRun, hooks: AssessmentHooks & { readonly stopOnRejected?: false }): Promise<StrategicAssessmentResult>;
export async function runAssessment(run: AssessmentRun, hooks: AssessmentHooks): Promise<StrategicAssessmentResult | null>;
export async function runAssessment(run: AssessmentRun, hooks: AssessmentHooks): Promise<StrategicAssessmentResult | null> {
  const { files, area, to, framework, rules } = run;
  const { step, warn } = hooks;
  const rejected = (warnings: readonly string[]): boolean => warnings.length > 0 && hooks.stopOnRejected === true;
  const fromFiles = localInput(run.local.files, {
    synthetic: run.local.synthetic,
    sourceLabel: (f) => `${f.result.file} (${f.result.kind === null ? "" : KIND_WORDS[f.result.kind]}: ${rowsWords(f.result.rows.length)})`,
  });
  if (files.policeUk === undefined && run.benchmark !== undefined) {
    throw new ReportError(
      "invalid-argument",
      'Option "--benchmark" is for data.police.uk street files: with the MPS borough files the benchmark area is London.',
      {},
    );
  }
  const disclosure = disclosurePolicy(run.disclosure);
  if (files.policeUk !== undefined) {
    const street = await loadStreetData(files.policeUk.data, files.populations, area, step, {
      ...(to === undefined ? {} : { to }),
      ...(run.neighbours === undefined ? {} : { neighbours: run.neighbours }),
      benchmark: checkedBenchmark(run.benchmark),
      ...(framework.kind === "strategy" ? { strategy: { strategy: framework.strategy, file: framework.file } } : {}),
      where: run.where,
      ...(run.streetReaders === undefined ? {} : { readers: run.streetReaders }),
    });
    for (const w of street.warnings) step(w);
    const warnings = reconciliationWarnings(street.reconciliation);
    for (const w of warnings) warn(w);
    if (rejected(warnings)) return null;
    // The street files are already among the sources, as holding crimes and anti-social behaviour: not listed again.
    const localMeasures = assessmentLocal(fromFiles, { asb: street.asb, streetCrimes: null }, false, warn, true);
    const ragRule = rules === null ? undefined : ruleOfPriority(rules.set, rules.label, street.priorities, rules.strict);
    const focus = street.comparatorGroup.members;
    hooks.computing?.();
    step(`Computing the assessment for ${street.area}${focus.length > 0 ? ` against ${focus.join(", ")}` : ""} and the ${street.benchmarkArea.name}...`);
    const assessed = strategicAssessment({
      counts: street.counts,
      populations: street.populations,
      area: street.area,
      benchmarkArea: street.benchmarkArea,
      comparatorGroup: street.comparatorGroup,
      end: street.end,
      ...(street.change === "none" && street.period !== null ? { change: "none" as const, period: street.period } : {}),
      priorities: street.priorities,
      breaks: [...street.breaks, ...run.breaks],
      ...(ragRule === undefined ? {} : { ragRule }),
      sources: street.sources,
      notes: street.notes,
      disclosure,
      reconciliation:
        localMeasures.checked.length === 0
          ? street.reconciliation
          : { ...street.reconciliation, files: [...street.reconciliation.files, ...localMeasures.checked] },
      ...(localMeasures.input === null ? {} : { local: localMeasures.input }),
    });
    const small = street.focusPopulation > 0 && street.focusPopulation < SMALL_POPULATION;
    const tied = withPopulationTies(assessed, street.populations, street.area);
    const result = withSmallPopulation(street.areaNote === null ? tied : { ...tied, areaNote: street.areaNote }, small);
    if (small) {
      step(
        `${street.area} has fewer than ${countText(SMALL_POPULATION)} residents: the document says its rates per 1,000 residents overstate the risk to the people present.`,
      );
    }
    return result;
  }
  const comparators = run.neighbours ?? [...(builtInNeighbours(area)?.members ?? [])];
  const data = await loadAssessData(files, area, step, framework, {
    ...(to === undefined ? {} : { to }),
    boundariesGiven: run.boundariesGiven,
    local: fromFiles.input,
    ...(run.label === undefined ? {} : { label: run.label }),
    ...(hooks.notUsed === undefined ? {} : { notUsed: hooks.notUsed }),
  });
  // Input not used (a boundary file matching neither layer) is said, but is no rejected input.
  for (const w of data.warnings) warn(w);
  // Rejected rows or cells and missing areas or months are always said; --strict refuses to publish them.
  const warnings = reconciliationWarnings(data.reconciliation);
  for (const w of warnings) warn(w);
  if (rejected(warnings)) return null;
  // The demonstration data's rule file rates the MPS major categories: with another framework its rule may name no priority.
  const localMeasures = assessmentLocal(fromFiles, data, files.synthetic, warn);
  const ragRule = rules === null ? undefined : ruleOfPriority(rules.set, rules.label, data.priorities, rules.strict);
  hooks.computing?.();
  step(`Computing the assessment for ${area}${comparators.length > 0 ? ` against ${comparators.join(", ")}` : ""} and ${mpsBenchmarkArea.name}...`);
  const assessed = strategicAssessment({
    counts: data.counts,
    populations: data.populations,
    area,
    benchmarkArea: mpsBenchmarkArea,
    comparatorGroup: { name: "neighbours", members: comparators },
    ...(to === undefined ? {} : { end: to }),
    priorities: data.priorities,
    breaks: [...knownBreaks(files.synthetic), ...run.breaks],
    ...(ragRule === undefined ? {} : { ragRule }),
    ...(data.wards === null ? {} : { wards: data.wards }),
    ...(data.boundaries.areas === undefined && data.boundaries.wards === undefined ? {} : { boundaries: data.boundaries }),
    ...(data.streetCrimes === null ? {} : { streetCrimes: data.streetCrimes }),
    synthetic: files.synthetic,
    sources: data.sources,
    notes: files.synthetic
      ? [
          ...data.notes,
          "The published changes in recording of the Metropolitan Police files are not applied to the SYNTHETIC data: they describe the real files. The changes planted in the SYNTHETIC data are found in the counts.",
        ]
      : data.notes,
    disclosure,
    reconciliation:
      localMeasures.checked.length === 0 ? data.reconciliation : { ...data.reconciliation, files: [...data.reconciliation.files, ...localMeasures.checked] },
    ...(localMeasures.input === null ? {} : { local: localMeasures.input }),
  });
  return withPopulationTies(assessed, data.populations, area);
}
