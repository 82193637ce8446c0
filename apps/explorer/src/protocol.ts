// The messages between the page (src/main.ts) and its worker (src/worker.ts), in one place so
// both sides agree. Everything here is structured-cloneable: File objects travel without being
// read, the Word file and the charts' PNG files travel as transferred ArrayBuffers.
import type { AssessedFile, AssessFilesOptions } from "@crimestats/report";

/** The stages of a run, in order: reading the files and computing the assessment (as `assessFiles` says them), then writing the documents. */
export type Stage = "reading" | "computing" | "writing";

/** What the page asks the assessment to use, as `crimestats assess` takes it (files as File objects). */
export type AssessRequestOptions = Pick<
  AssessFilesOptions,
  "area" | "neighbours" | "to" | "benchmark" | "framework" | "strategy" | "breaks" | "ragRules" | "local"
> & {
  /** As the form gives it: the worker passes it on and assessFiles refuses a name it does not know. */
  readonly disclosure?: string;
};

/** The page asks for an assessment of `files` (the data folder's files) with `options`. */
export interface AssessRequest {
  readonly type: "assess";
  readonly files: readonly File[];
  readonly options: AssessRequestOptions;
}

/** The page's answer to a {@link ChartRequest}: the chart drawn as a PNG file, or why the browser could not draw it. */
export interface ChartAnswer {
  readonly type: "chart";
  readonly id: number;
  readonly png: ArrayBuffer | null;
  readonly explanation: string | null;
}

/** A message from the page to the worker. */
export type ToWorker = AssessRequest | ChartAnswer;

/** The worker has started and listens. */
interface ReadyMessage {
  readonly type: "ready";
}

/**
 * How far the assessment is: its stage, the step (the words of the CLI's progress lines) and the
 * bytes read of all files.
 */
interface ProgressMessage {
  readonly type: "progress";
  readonly stage: Stage;
  readonly step: string | null;
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

/**
 * The worker asks the page to draw a chart of the Word file as a PNG `width` pixels wide (the
 * height in proportion): a worker cannot decode an SVG image (no DOM), the page can, on a canvas.
 */
interface ChartRequest {
  readonly type: "draw-chart";
  readonly id: number;
  readonly svg: string;
  readonly width: number;
}

/**
 * The finished assessment: its title, the documents that are quick to write and the warnings,
 * sent as soon as they are ready; the Word file follows in a {@link WordMessage}.
 */
export interface ResultMessage {
  readonly type: "result";
  readonly title: string;
  readonly html: string;
  readonly markdown: string;
  readonly json: string;
  readonly warnings: readonly string[];
  /** Every file given, in the order given, with what it was read as or why it was not used (assessFiles's `files`). */
  readonly files: readonly AssessedFile[];
}

/** The Word file of the assessment last sent, after it: `docx` is `null` when it could not be made, `problem` then says why. */
export interface WordMessage {
  readonly type: "word";
  readonly docx: ArrayBuffer | null;
  readonly problem: string | null;
}

/** The assessment stopped: the error's message, its stable code when it has one, and the problem lines it lists. */
export interface ErrorMessage {
  readonly type: "error";
  readonly message: string;
  readonly code: string | null;
  readonly problems: readonly string[];
}

/** A message from the worker to the page. */
export type FromWorker = ReadyMessage | ProgressMessage | ChartRequest | ResultMessage | WordMessage | ErrorMessage;

/** The file names of the downloads: those the CLI writes to its output folder. */
export const downloadNames = {
  html: "strategic-assessment.html",
  markdown: "strategic-assessment.md",
  docx: "strategic-assessment.docx",
  json: "strategic-assessment.json",
} as const;
