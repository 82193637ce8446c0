// The worker: reads the files, makes the assessment with the same code as `crimestats assess`
// (assessFiles of @crimestats/report) and renders the four documents, so the page never blocks.
import { assessFiles, ReportError, renderHtml, renderMarkdown, type AssessFilesOptions, type StrategicAssessmentResult } from "@crimestats/report";
import { renderDocx } from "virtual:report-docx";
import { countBytes } from "./countBytes.js";
import type { AssessRequest, AssessRequestOptions, FromWorker, ToWorker } from "./protocol.js";
import { forgetPictures, givePictures, takeWantedPictures } from "./resvgShim.js";

/** The worker's global scope, as much of it as this file uses (the page's lib has no worker types). */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** The page's answers to the worker's requests for pictures, by request id. */
const answers = new Map<number, (pngs: readonly ArrayBuffer[]) => void>();
let nextRequest = 1;

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "assess") void assess(message);
  else answers.get(message.id)?.(message.pictures);
});
scope.postMessage({ type: "ready" });

/** The options of assessFiles from the page's options (only those given). */
function assessOptions(given: AssessRequestOptions, onProgress: (step: string) => void): AssessFilesOptions {
  return { ...(given as AssessFilesOptions), onProgress };
}

/** Makes the assessment of a request and posts its documents, or the error. */
async function assess(request: AssessRequest): Promise<void> {
  let step: string | null = null;
  let bytes = { read: 0, total: 0 };
  const report = (): void => scope.postMessage({ type: "progress", step, bytesRead: bytes.read, bytesTotal: bytes.total });
  const onProgress = (words: string): void => {
    step = words;
    report();
  };
  try {
    const files = countBytes([...request.files], (read) => {
      bytes = read;
      report();
    });
    const { assessment, warnings } = await assessFiles(files, assessOptions(request.options, onProgress));
    onProgress("Writing the HTML, Markdown and JSON documents");
    const html = await renderHtml(assessment);
    const markdown = renderMarkdown(assessment);
    const json = `${JSON.stringify(assessment, null, 2)}\n`;
    onProgress("Writing the Word document");
    const docx = await wordFile(assessment);
    const buffer = docx.buffer.slice(docx.byteOffset, docx.byteOffset + docx.byteLength) as ArrayBuffer;
    scope.postMessage({ type: "result", title: assessment.title, html, markdown, docx: buffer, json, warnings }, [buffer]);
  } catch (error) {
    scope.postMessage(errorMessage(error));
  }
}

/**
 * The Word file: renderDocx draws its charts through resvg, which the worker's bundle replaces
 * (src/resvgShim.ts); the first run collects the charts, the page draws them, the second run
 * puts them in.
 */
async function wordFile(assessment: StrategicAssessmentResult): Promise<Uint8Array> {
  forgetPictures();
  const first = await renderDocx(assessment);
  const wanted = takeWantedPictures();
  if (wanted.length === 0) return first;
  const id = nextRequest++;
  const pngs = await new Promise<readonly ArrayBuffer[]>((resolve) => {
    answers.set(id, resolve);
    scope.postMessage({ type: "draw-pictures", id, pictures: wanted });
  });
  answers.delete(id);
  givePictures(wanted, pngs);
  const docx = await renderDocx(assessment);
  forgetPictures();
  return docx;
}

/** The message of an error: a ReportError's code and the problem lines it lists, else its message. */
function errorMessage(error: unknown): FromWorker {
  if (error instanceof ReportError) {
    const problems = error.details["problems"];
    const lines = Array.isArray(problems) ? problems.map(String) : typeof problems === "string" ? problems.split("\n").filter((line) => line !== "") : [];
    return { type: "error", message: error.message, code: error.code, problems: lines };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : null;
  return { type: "error", message, code, problems: [] };
}
