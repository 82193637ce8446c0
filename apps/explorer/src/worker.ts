// The worker: reads the files, makes the assessment with the same code as `crimestats assess`
// (assessFiles of @crimestats/report) and renders the four documents, so the page never blocks.
import { assessFiles, ReportError, renderDocx, renderHtml, renderMarkdown, type AssessFilesOptions, type StrategicAssessmentResult } from "@crimestats/report";
import { countBytes } from "./countBytes.js";
import { progressGate } from "./progressGate.js";
import type { AssessRequest, AssessRequestOptions, ChartAnswer, ErrorMessage, FromWorker, Stage, ToWorker, WordMessage } from "./protocol.js";

/** The worker's global scope, as much of it as this file uses (the page's lib has no worker types). */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** The page's answers to the worker's requests for charts drawn, by request id. */
const answers = new Map<number, (answer: ChartAnswer) => void>();
let nextRequest = 1;

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "assess") void assess(message);
  else answers.get(message.id)?.(message);
});
scope.postMessage({ type: "ready" });

/** The least time between two messages of bytes read, in milliseconds (a step, and the last bytes, are always posted). */
const BYTES_EVERY_MS = 100;

/** The options of assessFiles from the page's options (only those given). */
function assessOptions(given: AssessRequestOptions, onProgress: NonNullable<AssessFilesOptions["onProgress"]>): AssessFilesOptions {
  return { ...(given as AssessFilesOptions), onProgress };
}

/**
 * Makes the assessment of a request and posts its documents (the HTML, Markdown and JSON as soon
 * as they are written, then the Word file, which takes longest), or the error.
 */
async function assess(request: AssessRequest): Promise<void> {
  let stage: Stage = "reading";
  let step: string | null = null;
  let bytes = { read: 0, total: 0 };
  // A chunk read is one call of countBytes's callback: thousands for a large archive, so its messages are throttled.
  const due = progressGate(BYTES_EVERY_MS);
  const report = (final: boolean): void => {
    if (due(final)) scope.postMessage({ type: "progress", stage, step, bytesRead: bytes.read, bytesTotal: bytes.total });
  };
  const onProgress = (words: string, said: Stage): void => {
    stage = said;
    step = words;
    report(true);
  };
  let assessment: StrategicAssessmentResult;
  try {
    const files = countBytes([...request.files], (read) => {
      bytes = read;
      report(read.read === read.total);
    });
    const made = await assessFiles(files, assessOptions(request.options, onProgress));
    assessment = made.assessment;
    onProgress("Writing the HTML, Markdown and JSON documents", "writing");
    const html = await renderHtml(assessment);
    const markdown = renderMarkdown(assessment);
    const json = `${JSON.stringify(assessment, null, 2)}\n`;
    scope.postMessage({ type: "result", title: assessment.title, html, markdown, json, warnings: made.warnings, files: made.files });
  } catch (error) {
    scope.postMessage(errorMessage(error));
    return;
  }
  const word = await wordFile(assessment);
  scope.postMessage(word, word.docx === null ? [] : [word.docx]);
}

/** The Word file, or why it could not be made (the document is shown and the other files offered all the same). */
async function wordFile(assessment: StrategicAssessmentResult): Promise<WordMessage> {
  try {
    const docx = await renderDocx(assessment, { drawChart });
    return { type: "word", docx: docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer, problem: null };
  } catch (error) {
    const { message, problems } = errorMessage(error);
    return { type: "word", docx: null, problem: [message, ...problems].join(" ") };
  }
}

/**
 * Draws a chart of the Word file: a worker cannot draw an SVG (no DOM), so it asks the page,
 * which draws it on a canvas.
 */
async function drawChart(svg: string, width: number): Promise<Uint8Array> {
  const id = nextRequest++;
  const answer = await new Promise<ChartAnswer>((resolve) => {
    answers.set(id, resolve);
    scope.postMessage({ type: "draw-chart", id, svg, width });
  });
  answers.delete(id);
  if (answer.png === null) throw new Error(`the browser could not draw a chart (${answer.explanation ?? "no reason given"})`);
  return new Uint8Array(answer.png);
}

/** The message of an error: a ReportError's code and the problem lines it lists (or the explanation it gives), else its message. */
function errorMessage(error: unknown): ErrorMessage {
  if (error instanceof ReportError) {
    const problems = error.details["problems"];
    const explanation = error.details["explanation"];
    const lines = Array.isArray(problems)
      ? problems.map(String)
      : typeof problems === "string"
        ? problems.split("\n").filter((line) => line !== "")
        : typeof explanation === "string" && explanation !== error.message
          ? [explanation]
          : [];
    return { type: "error", message: error.message, code: error.code, problems: lines };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : null;
  return { type: "error", message, code, problems: [] };
}
