// The page: files in, options, the worker's progress, the document and its downloads out.
import "./style.css";
import { drawPicture } from "./drawPicture.js";
import { formatBytes } from "./formatBytes.js";
import { groupWarnings } from "./groupWarnings.js";
import type { AssessedFile } from "@crimestats/report";
import { linkTarget } from "./linkTarget.js";
import { progressView } from "./progressView.js";
import { type ChartAnswer, downloadNames, type FromWorker, type ResultMessage, type ToWorker, type WordMessage } from "./protocol.js";
import { requestOptions } from "./requestOptions.js";
import AssessWorker from "./worker.ts?worker&inline";

/** A data file given to the page, with the path it had in the folder given (or its name). */
interface GivenFile {
  readonly file: File;
  readonly path: string;
}

/** The element with id `id`, of the type expected (the page's HTML has them all). */
function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page has no ${type.name} #${id}.`);
  return element;
}

/** The download links, in the order shown: the kind of document (its testid is download-<kind>) and the link's words. */
const DOWNLOADS = [
  { kind: "html", label: "HTML" },
  { kind: "docx", label: "Word (.docx)" },
  { kind: "markdown", label: "Markdown" },
  { kind: "json", label: "JSON" },
] as const;

/** The marks of the time from files given to document shown. */
const MARK_GIVEN = "explorer:files-given";
const MARK_SHOWN = "explorer:document-shown";

start();

/** Wires the page up and starts the worker. */
function start(): void {
  const app = byId("main", HTMLElement);
  const dataFiles = byId("data-files", HTMLInputElement);
  const dataFolder = byId("data-folder", HTMLInputElement);
  const dropZone = byId("drop-zone", HTMLDivElement);
  const filesBox = byId("files", HTMLDivElement);
  const fileList = byId("file-list", HTMLUListElement);
  const filesSummary = byId("files-summary", HTMLParagraphElement);
  const clearFiles = byId("clear-files", HTMLButtonElement);
  const form = byId("options", HTMLFormElement);
  const run = byId("run", HTMLButtonElement);
  const runHint = byId("run-hint", HTMLParagraphElement);
  const progressBox = byId("progress-box", HTMLDivElement);
  const progress = byId("progress", HTMLProgressElement);
  const stage = byId("stage", HTMLParagraphElement);
  const resultHeading = byId("result-heading", HTMLHeadingElement);
  const status = byId("status", HTMLParagraphElement);
  const errorBox = byId("error", HTMLDivElement);
  const result = byId("result", HTMLDivElement);
  const resultTitle = byId("result-title", HTMLSpanElement);
  const timing = byId("timing", HTMLSpanElement);
  const warningsBox = byId("warnings-box", HTMLDetailsElement);
  const warningsSummary = byId("warnings-summary", HTMLElement);
  const warningsList = byId("warnings", HTMLUListElement);
  const frame = byId("result-frame", HTMLIFrameElement);
  const downloads = byId("downloads", HTMLUListElement);

  let given: GivenFile[] = [];
  /** The files of the run under way (or last made), as sent to the worker: the result's files are theirs, in this order. */
  let sent: readonly GivenFile[] = [];
  /** A run is under way: from "Make the assessment" until its Word file is made (or the run fails). */
  let running = false;
  /** The document is shown and its Word file is still being made. */
  let wordPending = false;
  /** What the status said of the Word file when it came, so the "Done" line that may follow says it again. */
  let wordSaid = "";
  let lastStep: string | null = null;
  let urls: string[] = [];

  /** Brings the result's heading to the top of the window and gives it the focus (the document or the error follows it). */
  const showHeading = (): void => {
    resultHeading.focus({ preventScroll: true });
    resultHeading.scrollIntoView({ block: "start" });
  };

  const setState = (state: "idle" | "running" | "done" | "error"): void => {
    app.dataset["state"] = state;
  };

  /** The worker; `null` once it has failed, until the next run starts a new one. */
  let worker: Worker | null = null;
  const send = (message: ToWorker, transfer: Transferable[] = []): void => worker?.postMessage(message, transfer);

  /** Lists the files given; after a run, `roles` (the result's files, in the order of the files given) say what each was read as. */
  const showFiles = (roles: readonly AssessedFile[] = []): void => {
    fileList.replaceChildren(
      ...given.map(({ file, path }, i) => {
        const item = document.createElement("li");
        item.dataset["testid"] = "file-item";
        item.dataset["name"] = file.name;
        const name = document.createElement("span");
        name.className = "file-name";
        name.textContent = path;
        const size = document.createElement("span");
        size.className = "file-size";
        size.textContent = formatBytes(file.size);
        const role = document.createElement("span");
        role.className = "file-role";
        role.dataset["testid"] = "file-role";
        const read = roles[i];
        if (read !== undefined) {
          item.classList.toggle("unused", read.readAs === null);
          role.textContent = read.readAs ?? `not used: ${read.reason ?? "no reason given"}`;
        }
        item.append(name, size, role);
        return item;
      }),
    );
    const bytes = given.reduce((sum, { file }) => sum + file.size, 0);
    filesSummary.textContent = `${given.length} ${given.length === 1 ? "file" : "files"}, ${formatBytes(bytes)}. They are read only when you make the assessment.`;
    filesBox.hidden = given.length === 0;
    updateRun();
  };

  const updateRun = (): void => {
    run.disabled = running || given.length === 0;
    // The files stay as sent until the run is over (its Word file made, or the run failed).
    dataFiles.disabled = running;
    dataFolder.disabled = running;
    clearFiles.disabled = running;
    runHint.textContent = wordPending
      ? "The Word file is still being made: you can read the document meanwhile."
      : running
        ? "Making the assessment…"
        : given.length === 0
          ? "Give the data files first."
          : "";
    runHint.hidden = runHint.textContent === "";
  };

  const addFiles = (files: readonly GivenFile[]): void => {
    // The same file picked twice (once in a folder, once alone) has another path but the same name, size and time.
    const key = ({ file }: GivenFile): string => `${file.name}\n${file.size}\n${file.lastModified}`;
    const seen = new Set(given.map(key));
    for (const one of files) {
      if (seen.has(key(one))) continue;
      seen.add(key(one));
      given.push(one);
    }
    given.sort((a, b) => a.path.localeCompare(b.path, "en-GB"));
    showFiles();
  };

  const fromInput = (input: HTMLInputElement): void => {
    addFiles([...(input.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
    input.value = "";
  };
  dataFiles.addEventListener("change", () => fromInput(dataFiles));
  dataFolder.addEventListener("change", () => fromInput(dataFolder));
  clearFiles.addEventListener("click", () => {
    given = [];
    showFiles();
    dataFiles.focus();
  });

  dropZone.addEventListener("dragover", (event) => {
    event.preventDefault();
    if (event.dataTransfer !== null) event.dataTransfer.dropEffect = running ? "none" : "copy";
    if (!running) dropZone.classList.add("over");
  });
  dropZone.addEventListener("dragleave", () => dropZone.classList.remove("over"));
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.classList.remove("over");
    if (running) {
      status.classList.remove("visually-hidden");
      status.textContent = "The files cannot change while the assessment is being made: give them again when it is done.";
      return;
    }
    const items = [...(event.dataTransfer?.items ?? [])];
    const entries = items.map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
    const loose = entries.length === 0 ? [...(event.dataTransfer?.files ?? [])].map((file) => ({ file, path: file.name })) : [];
    void Promise.all(entries.map(droppedFiles)).then(
      (lists) => addFiles([...lists.flat(), ...loose]),
      (error: unknown) => showError({ type: "error", message: `The files dropped cannot be read: ${String(error)}`, code: null, problems: [] }),
    );
  });
  // Files dropped outside the drop zone would open in the tab and leave the page.
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => event.preventDefault());

  const showError = (message: Extract<FromWorker, { type: "error" }>): void => {
    const sentence = document.createElement("p");
    sentence.textContent = message.message;
    const parts: HTMLElement[] = [sentence];
    if (message.problems.length > 0) {
      const list = document.createElement("ul");
      list.append(
        ...message.problems.map((line) => {
          const item = document.createElement("li");
          item.textContent = line;
          return item;
        }),
      );
      parts.push(list);
    }
    const next = document.createElement("p");
    next.className = "next";
    next.textContent = "Check the files and the options above, then make the assessment again.";
    parts.push(next);
    errorBox.replaceChildren(...parts);
  };

  /** The warnings about the input: the files not used grouped by reason, then the rest (open when there is more than files not used). */
  const showWarnings = (files: readonly AssessedFile[], warnings: readonly string[]): void => {
    const { unused, other } = groupWarnings(files, warnings);
    const unusedCount = unused.reduce((sum, group) => sum + group.files.length, 0);
    const items = [
      ...other.map((warning) => {
        const item = document.createElement("li");
        item.textContent = warning;
        return item;
      }),
      ...unused.map(({ reason, files }) => {
        const item = document.createElement("li");
        const why = document.createElement("p");
        why.className = "why";
        why.textContent = files.length === 1 ? `Not used: ${files[0] ?? ""}, because ${reason}.` : `Not used: ${files.length} files, each because ${reason}:`;
        item.append(why);
        if (files.length > 1) {
          const names = document.createElement("p");
          names.className = "file-names";
          names.textContent = files.join(", ");
          item.append(names);
        }
        return item;
      }),
    ];
    warningsList.replaceChildren(...items);
    const said = [
      ...(other.length > 0 ? [`${other.length} ${other.length === 1 ? "warning" : "warnings"} about the data`] : []),
      ...(unusedCount > 0 ? [`${unusedCount} ${unusedCount === 1 ? "file" : "files"} not used`] : []),
    ];
    warningsSummary.textContent = said.join("; ");
    warningsBox.hidden = items.length === 0;
    warningsBox.open = other.length > 0;
  };

  /** The Word file's download, in the place that said it was being made. */
  const showWord = (message: WordMessage): void => {
    const pending = document.getElementById("docx-pending");
    const label = DOWNLOADS.find(({ kind }) => kind === "docx")?.label ?? "Word";
    let item: HTMLLIElement;
    if (message.docx === null) {
      item = document.createElement("li");
      item.className = "not-made";
      item.textContent = `No ${label} file: ${message.problem ?? "it could not be made"}`;
    } else {
      item = downloadItem("docx", label, new Blob([message.docx], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    }
    if (pending !== null) pending.replaceWith(item);
    wordSaid = message.docx === null ? `The Word file could not be made: ${message.problem ?? ""}` : "The Word file is ready to download.";
    status.textContent = wordSaid;
  };

  /** The list item of a download: its link, made from the document's bytes. */
  const downloadItem = (kind: (typeof DOWNLOADS)[number]["kind"], label: string, blob: Blob): HTMLLIElement => {
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const link = document.createElement("a");
    link.id = `download-${kind}`;
    link.dataset["testid"] = `download-${kind}`;
    link.href = url;
    link.download = downloadNames[kind];
    link.textContent = label;
    const item = document.createElement("li");
    item.append(link);
    return item;
  };

  const showResult = (message: ResultMessage): void => {
    for (const url of urls) URL.revokeObjectURL(url);
    urls = [];
    const blobs = {
      html: new Blob([message.html], { type: "text/html;charset=utf-8" }),
      markdown: new Blob([message.markdown], { type: "text/markdown;charset=utf-8" }),
      json: new Blob([message.json], { type: "application/json;charset=utf-8" }),
    };
    downloads.replaceChildren(
      ...DOWNLOADS.map(({ kind, label }) => {
        if (kind !== "docx") return downloadItem(kind, label, blobs[kind]);
        // The Word file comes in a second message: until then its place says it is being made.
        const item = document.createElement("li");
        item.id = "docx-pending";
        item.className = "pending";
        item.textContent = `${label}: being made…`;
        return item;
      }),
    );
    resultTitle.textContent = message.title;
    // The data files come first in the result's files, in the order sent: the list shows those files, with what each was read as.
    given = [...sent];
    showFiles(message.files);
    showWarnings(message.files, message.warnings);
    result.hidden = false;
    frame.addEventListener(
      "load",
      () => {
        performance.mark(MARK_SHOWN);
        const seconds = performance.measure("explorer:time-to-document", MARK_GIVEN, MARK_SHOWN).duration / 1000;
        timing.dataset["seconds"] = String(seconds);
        timing.textContent = `Made in ${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(seconds)} s.`;
        fitFrame(frame);
        followLinks(frame);
        // Said to screen readers; the line with the title and the time shows it on screen.
        // The Word file may have come (or failed) before the frame loaded: said again, not overwritten.
        status.textContent = `Done: ${message.title}. ${timing.textContent} ${wordPending ? "The Word file is being made." : wordSaid}`.trimEnd();
        status.classList.add("visually-hidden");
        progressBox.hidden = true;
        setState("done");
        showHeading();
      },
      { once: true },
    );
    frame.srcdoc = message.html;
  };

  /** The run stopped: the error in the alert region, the focus on it, and the page ready for another run. */
  const fail = (message: Extract<FromWorker, { type: "error" }>): void => {
    running = false;
    wordPending = false;
    progressBox.hidden = true;
    status.classList.remove("visually-hidden");
    status.textContent = "The assessment could not be made.";
    showError(message);
    updateRun();
    setState("error");
    showHeading();
  };

  const onMessage = (event: MessageEvent<FromWorker>): void => {
    const message = event.data;
    switch (message.type) {
      case "ready":
        app.dataset["worker"] = "ready";
        return;
      case "progress": {
        const view = progressView(message.stage, message.bytesRead, message.bytesTotal);
        if (view.value === null) progress.removeAttribute("value");
        else progress.value = view.value;
        if (stage.textContent !== view.words) stage.textContent = view.words;
        if (message.step !== null && message.step !== lastStep) {
          lastStep = message.step;
          status.textContent = message.step;
        }
        return;
      }
      case "draw-chart": {
        // The answer goes to the worker that asked (a worker that failed meanwhile is gone, and a new one's ids start again).
        const asker = event.target as Worker;
        const answer = (reply: ChartAnswer, transfer: Transferable[] = []): void => {
          if (asker === worker) asker.postMessage(reply satisfies ToWorker, transfer);
        };
        drawPicture(message.svg, message.width).then(
          (png) => answer({ type: "chart", id: message.id, png, explanation: null }, [png]),
          (error: unknown) => answer({ type: "chart", id: message.id, png: null, explanation: error instanceof Error ? error.message : String(error) }),
        );
        return;
      }
      case "result":
        wordSaid = "";
        wordPending = true;
        updateRun();
        showResult(message);
        return;
      case "word":
        running = false;
        wordPending = false;
        updateRun();
        showWord(message);
        return;
      case "error":
        fail(message);
        return;
    }
  };

  /** The worker failed (it could not start, stopped, or sent what cannot be read): it goes, and the next run starts a new one. */
  const onWorkerFailed = (words: string): void => {
    worker?.terminate();
    worker = null;
    app.dataset["worker"] = "failed";
    fail({ type: "error", message: `The page's worker stopped: ${words}.`, code: null, problems: [] });
  };

  const startWorker = (): Worker => {
    const made: Worker = new AssessWorker();
    app.dataset["worker"] = "starting";
    made.addEventListener("message", onMessage);
    made.addEventListener("error", (event) => {
      event.preventDefault();
      if (made === worker) onWorkerFailed(event.message || "an error in the worker");
    });
    made.addEventListener("messageerror", () => {
      if (made === worker) onWorkerFailed("a message from it could not be read");
    });
    return made;
  };
  worker = startWorker();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (running || given.length === 0) return;
    const field = (name: string): string => {
      const value = new FormData(form).get(name);
      return typeof value === "string" ? value : "";
    };
    const file = (id: string): File | null => byId(id, HTMLInputElement).files?.[0] ?? null;
    const options = requestOptions({
      area: field("area"),
      neighbours: field("neighbours"),
      to: field("to"),
      benchmark: field("benchmark"),
      disclosure: field("disclosure"),
      strategy: field("strategy"),
      framework: file("option-strategy"),
      breaks: file("option-breaks"),
      ragRules: file("option-rag-rules"),
      local: [...(byId("option-local", HTMLInputElement).files ?? [])],
    });
    worker ??= startWorker();
    sent = [...given];
    running = true;
    lastStep = null;
    updateRun();
    errorBox.replaceChildren();
    result.hidden = true;
    timing.textContent = "";
    delete timing.dataset["seconds"];
    progressBox.hidden = false;
    progress.value = 0;
    stage.textContent = progressView(
      "reading",
      0,
      given.reduce((sum, { file }) => sum + file.size, 0),
    ).words;
    status.textContent = "Reading the files…";
    status.classList.remove("visually-hidden");
    setState("running");
    performance.clearMarks(MARK_GIVEN);
    performance.clearMarks(MARK_SHOWN);
    performance.mark(MARK_GIVEN);
    send({ type: "assess", files: sent.map(({ file }) => file), options });
  });

  window.addEventListener("resize", () => fitFrame(frame));
  showFiles();
}

/**
 * Follows the links of the document shown in the frame for it (see linkTarget): a section link
 * scrolls the page to that section, a web address opens in a new tab; a link the page does not
 * follow does nothing (the frame would show an error in place of the document).
 */
function followLinks(frame: HTMLIFrameElement): void {
  const shown = frame.contentDocument;
  shown?.addEventListener("click", (event) => {
    // The frame's elements belong to its own window: instanceof Element (the page's) would be false.
    const clicked = event.target as Partial<Element> | null;
    const link = typeof clicked?.closest === "function" ? clicked.closest("a[href]") : null;
    if (link === null) return;
    event.preventDefault();
    const target = linkTarget(link.getAttribute("href"));
    if (target === null) return;
    if ("outside" in target) {
      window.open(target.outside, "_blank", "noopener,noreferrer");
      return;
    }
    const place = shown.getElementById(target.inside);
    if (place === null) return;
    place.scrollIntoView({ block: "start" });
    // The section's heading (or the section) takes the focus, so the keyboard goes on from there.
    if (!place.hasAttribute("tabindex")) place.setAttribute("tabindex", "-1");
    place.focus({ preventScroll: true });
  });
}

/** Makes the document's frame as tall as the document, so the page scrolls once (the frame keeps its own height when it cannot be measured). */
function fitFrame(frame: HTMLIFrameElement): void {
  const root = frame.contentDocument?.documentElement;
  if (root === undefined) return;
  frame.style.height = `${Math.ceil(root.getBoundingClientRect().height) + 2}px`;
}

/** The files of a dropped file or folder (every file in it, at any depth), with their paths in it. */
async function droppedFiles(entry: FileSystemEntry): Promise<GivenFile[]> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    return [{ file, path: entry.fullPath.replace(/^\//, "") }];
  }
  if (!isDirectory(entry)) return [];
  const reader = entry.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(droppedFiles))).flat();
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
