// Checks of a Word document made from a whole assessment (the demo's, the real data's): the
// conversion has a rule for every element, writes every word, marks headings, header rows and
// pictures; and, with LibreOffice and poppler-utils, the document opens and prints.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeWithTools, runs } from "./browser/requiredTools.js";

/** The command that installs the converter and the PDF tools on Debian or Ubuntu. */
const installCommand = "apt-get install libreoffice-writer-nogui poppler-utils";

/** The folder the converted pages are written to as PNG, for a developer to look at. */
const wordLookFolder = join(tmpdir(), "crimestats-word");

/** What the LibreOffice checks need and this machine lacks, in words (empty when all is there). */
function missingConverter(): string[] {
  return [
    ...(runs("soffice", "--version") ? [] : ["no LibreOffice (soffice)"]),
    ...(["pdftotext", "pdftoppm"].every((p) => runs(p, "-v")) ? [] : ["no pdftotext/pdftoppm (poppler-utils)"]),
  ];
}

/** `describe` for tests that need LibreOffice and poppler-utils: skipped with the reason and the install command without them, failing where env CI is set. */
export function describeWithLibreOffice(title: string, body: () => void): void {
  describeWithTools(title, { missing: missingConverter(), what: "LibreOffice and poppler-utils", install: installCommand }, body);
}

/**
 * A .docx converted to PDF by LibreOffice headless (in its own profile folder, so it runs beside
 * another LibreOffice), read back with pdftotext: the text of each page. The first `look` pages
 * are written as PNG to {@link wordLookFolder}/`name`-N.png.
 */
export function printedPages(docx: Uint8Array, name: string, look = 6): string[] {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-word-"));
  try {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, docx);
    const profile = pathToFileURL(join(dir, "profile")).href;
    const converted = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
      encoding: "utf8",
      timeout: 170_000,
    });
    const pdf = join(dir, `${name}.pdf`);
    if (!readdirSync(dir).includes(`${name}.pdf`))
      throw new Error(`LibreOffice did not convert ${name}.docx: ${converted.stderr ?? ""}${converted.error?.message ?? ""}`);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
    mkdirSync(wordLookFolder, { recursive: true });
    spawnSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", String(look), pdf, join(wordLookFolder, name)]);
    writeFileSync(join(wordLookFolder, `${name}.pdf`), readFileSync(pdf));
    // pdftotext ends each page with a form feed.
    return text.stdout.split("\f").slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
