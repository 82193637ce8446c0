// The Word document of the real-data assessment (`crimestats assess` on the published London
// Datastore, ONS and data.police.uk files, for Harrow and its neighbours to February 2025): the
// conversion has a rule for every element of the HTML document, writes every word of it and
// draws every chart as a picture with its alternative text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentOptions } from "../src/internal/document/documentOptions.js";
import { resvgChart } from "../src/internal/docx/resvgChart.js";
import { wordDocument } from "../src/internal/docx/wordDocument.js";
import type { StrategicAssessmentResult } from "../src/types.js";
import { docxParts, htmlWords, missingWords, wordText, words } from "./docx.js";
import { assessHarrow, linkedDataFolder, realDocumentFolders } from "./realData.js";

const { folders, missing } = realDocumentFolders();

describe.skipIf(missing.length > 0)(
  `the Word document of the real-data assessment${missing.length > 0 ? ` (skipped: ${missing.join(", ")} absent)` : ""}`,
  () => {
    let made: { docx: Uint8Array; html: string; unmapped: readonly string[]; body: string };
    beforeAll(async () => {
      const data = linkedDataFolder("crimestats-word", folders);
      const { code, err, out } = await assessHarrow(["--data", data], "2025-02", "crimestats-word");
      if (code !== 0) throw new Error(`crimestats assess exited ${code}: ${err}`);
      const result = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as StrategicAssessmentResult;
      const word = await wordDocument(result, documentOptions("renderDocx", { date: "2026-12-07" }), resvgChart);
      made = { ...word, body: docxParts(word.docx)["word/document.xml"] ?? "" };
    }, 300_000);

    it("has a rule for every element the HTML document uses and writes every word of it, and no other", () => {
      expect(made.unmapped).toEqual([]);
      const written = words(wordText(made.body));
      expect(missingWords(htmlWords(made.html), written)).toEqual({});
      expect(missingWords(written, htmlWords(made.html))).toEqual({});
    });

    it("draws every chart and map as a picture with alternative text, each table with its header row repeated", () => {
      const figures = made.html.match(/<figure class="chart"/g)?.length ?? 0;
      expect(figures).toBeGreaterThan(30);
      expect(made.body.match(/<wp:docPr [^>]*descr="[^"]{40,}"/g)).toHaveLength(figures);
      expect(made.body.match(/<w:tblHeader\/>/g)).toHaveLength(made.html.match(/<thead>/g)?.length ?? -1);
    });
  },
);
