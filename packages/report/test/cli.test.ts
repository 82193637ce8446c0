import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./runCli.js";
import { rawOk, serveFolder, serveRaw } from "./servedData.js";

describe("crimestats help and argument errors", () => {
  it("prints the command list with --help and exits 0; with no command prints it and exits 1", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("assess");
    expect(help.out).toContain("download");
    expect((await run([])).code).toBe(1);
  });

  it.each([
    ["assess", "Usage: crimestats assess"],
    ["download", "Usage: crimestats download"],
  ])("%s --help prints its usage", async (command, usage) => {
    const result = await run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.out.startsWith(usage)).toBe(true);
    expect((await run(["help", command])).out.startsWith(usage)).toBe(true);
  });

  it("assess --help offers the comparator group as --neighbours, with --comparators as the same option", async () => {
    const help = (await run(["assess", "--help"])).out;
    expect(help).toContain("--neighbours <a,b,...>");
    expect(help).toContain("--comparators is the same option");
  });

  it.each([
    [["frobnicate"], 'crimestats: Unknown command "frobnicate": expected assess, download, cube, template or check (see "crimestats --help").\n'],
    [["assess", "--colour"], 'crimestats: Unknown option "--colour" for "crimestats assess": see "crimestats assess --help".\n'],
    [["assess", "--area"], 'crimestats: Option "--area" of "crimestats assess" needs a value: see "crimestats assess --help".\n'],
    [["assess", "Harrow"], 'crimestats: Unexpected argument "Harrow" for "crimestats assess": options start with "--" (see "crimestats assess --help").\n'],
    [["download", "--timeout", "soon"], 'crimestats: Timeout "soon" is not a positive number of seconds: expected e.g. --timeout 60.\n'],
    [["download", "--timeout", "99999999999"], 'crimestats: Timeout "99999999999" is too long: expected at most 2147483 seconds (about 24 days).\n'],
    [["download", "--max-size", "lots"], 'crimestats: Size limit "lots" is not a positive number of megabytes: expected e.g. --max-size 100.\n'],
    [["download", "--max-size", "0"], 'crimestats: Size limit "0" is not a positive number of megabytes: expected e.g. --max-size 100.\n'],
    [
      ["download", "--url", "http://example.org/x.csv"],
      'crimestats: Download address "http://example.org/x.csv" is not HTTPS: expected an https:// address (plain http:// is allowed only to 127.0.0.1 or localhost).\n',
    ],
    [
      ["assess", "--disclosure", "round-to-3"],
      'crimestats: Unknown disclosure policy "round-to-3": expected suppress-1-4-round-5, small-to-5-round-5, redact-0-7-round-5, none.\n',
    ],
    [
      ["assess", "--data", "/nonexistent/folder"],
      'crimestats: The data folder "/nonexistent/folder" does not exist: expected a folder holding the downloaded files.\n',
    ],
  ])("%j fails with one sentence, a non-zero exit and no stack trace", { timeout: 60_000 }, async (args, message) => {
    const result = await run(args);
    expect(result.code).not.toBe(0);
    expect(result.err).toBe(message);
    expect(result.out).toBe("");
  });

  it("turns a system error that reaches the top into one sentence, without Node's errno text", async () => {
    const { runCli } = await import("../src/internal/cli/runCli.js");
    let err = "";
    const broken = Object.assign(new Error("EPIPE: broken pipe, write"), { code: "EPIPE", errno: -32, syscall: "write" });
    const code = await runCli(["--help"], {
      out: () => {
        throw broken;
      },
      err: (t) => (err += t),
      cwd: ".",
      env: {},
      demoDataDir: ".",
    });
    expect(code).toBe(1);
    expect(err).toBe("crimestats: Cannot write: whatever was reading the output has closed it.\n");
    const cache = join(mkdtempSync(join(tmpdir(), "crimestats-cache-")), "file");
    writeFileSync(cache, "");
    const download = await run(["download", "--url", "http://127.0.0.1:1/a.csv", "--cache", cache]);
    expect(download.err).toBe(`crimestats: Cannot write anything in the cache folder "${cache}": a file of that name is in the way.\n`);
  });

  it("shows control characters from arguments and data as \uFFFD instead of sending them to the terminal", { timeout: 60_000 }, async () => {
    const result = await run(["assess", "--area", "\u001b[2J\u001b]0;owned\u0007Harrow\r", "--quiet"]);
    expect(result.code).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
    expect(result.err).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(result.err).toContain("\uFFFD[2J\uFFFD]0;owned\uFFFDHarrow");
  });

  it("prints a stack trace only with CRIMESTATS_DEBUG=1", async () => {
    const result = await run(["frobnicate"], { CRIMESTATS_DEBUG: "1" });
    expect(result.err).toContain("ReportError");
    expect(result.err).toContain("    at ");
  });
});

describe("crimestats assess --rag-rules, --breaks and --population-file", () => {
  const folder = mkdtempSync(join(tmpdir(), "crimestats-options-"));
  const file = (name: string, text: string): string => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const demoData = fileURLToPath(new URL("../data", import.meta.url));

  it("rates only the priorities a rule names, with the rule's target", { timeout: 120_000 }, async () => {
    const rules = file(
      "rules.json",
      JSON.stringify({ rules: [{ id: "robbery", kind: "target", polarity: "lower-is-better", target: 10, amber: { percent: 5 } }] }),
    );
    const out = join(folder, "rated");
    const result = await run(["assess", "--rag-rules", rules, "--out", out, "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { priorities: { id: string; rag: unknown }[] };
    expect(json.priorities.filter((p) => p.rag !== null).map((p) => p.id)).toEqual(["robbery"]);
  });

  it("rates nothing without a rule file; on the demonstration data, burglary by the demonstration rule file", { timeout: 120_000 }, async () => {
    const rated = async (...args: string[]): Promise<string[]> => {
      const out = join(folder, "demo");
      expect((await run(["assess", ...args, "--out", out, "--quiet"])).code).toBe(0);
      const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { priorities: { id: string; rag: unknown }[] };
      return json.priorities.filter((p) => p.rag !== null).map((p) => p.id);
    };
    const rules = JSON.parse(readFileSync(join(demoData, "SYNTHETIC-demo-rag-rules.json"), "utf8")) as { rules: { id: string }[] };
    expect(rules.rules.map((r) => r.id)).toEqual(["burglary"]);
    expect(await rated()).toEqual(["burglary"]);
    const files = [
      "--borough-file",
      join(demoData, "SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv"),
      "--population-file",
      join(demoData, "SYNTHETIC-demo-mid-year-estimates-mid2024.csv"),
    ];
    expect(await rated(...files)).toEqual([]);
  });

  it.each([
    [
      "a rule that names no priority",
      { rules: [{ id: "burglery", kind: "target", polarity: "lower-is-better", target: 10 }] },
      /^crimestats: Rule "burglery" of the RAG rules file ".*rules-\d\.json" names no priority: expected one of all-offences, arson-and-criminal-damage, burglary, /,
    ],
    [
      "a rule that does not rate a count",
      { rules: [{ id: "burglary", kind: "benchmark" }] },
      /^crimestats: Rule "burglary" of the RAG rules file ".*" is a benchmark rule: expected a change or target rule, which rate a priority's offences\.\n$/,
    ],
    [
      "a rule set the schema refuses",
      { rules: [{ id: "burglary", kind: "target", polarity: "sideways" }] },
      /^crimestats: Invalid rule set: \$\.rules\[0\]\.polarity/,
    ],
  ])("refuses %s with one sentence and exit 1", { timeout: 120_000 }, async (_what, rules, message) => {
    const path = file(`rules-${Math.floor(Math.random() * 10)}.json`, JSON.stringify(rules));
    const result = await run(["assess", "--rag-rules", path, "--out", join(folder, "refused"), "--quiet"]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
  });

  it("adds the breaks of a --breaks file: a figure one affects is not comparable and says so", { timeout: 120_000 }, async () => {
    const breaks = file(
      "own-breaks.json",
      JSON.stringify([
        {
          id: "harrow-shoplifting-unit",
          month: "2025-06",
          kind: "counting-rules",
          description: "From June 2025 Harrow records shop thefts reported by the business crime unit, which were counted elsewhere before.",
          source: { title: "Harrow Community Safety Partnership note" },
          classification: "mps",
          affects: { areas: ["Harrow"], offences: ["SHOPLIFTING"] },
        },
      ]),
    );
    const out = join(folder, "own-breaks");
    const result = await run(["assess", "--breaks", breaks, "--out", out, "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as {
      priorities: { id: string; breaks: { id: string; origin: string; areas: string[] }[] }[];
    };
    const theft = json.priorities.find((p) => p.id === "theft");
    expect(theft?.breaks.find((b) => b.id === "harrow-shoplifting-unit")).toMatchObject({ origin: "known", areas: ["Harrow", "London"] }); // London pools Harrow
    // Robbery holds no shoplifting: not affected.
    expect(json.priorities.find((p) => p.id === "robbery")?.breaks.some((b) => b.id === "harrow-shoplifting-unit")).toBe(false);
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(md).toContain("From June 2025 Harrow records shop thefts reported by the business crime unit");
  });

  it("names a missing or malformed breaks file before reading any data", async () => {
    const missing = await run(["assess", "--breaks", join(folder, "none.json"), "--quiet"]);
    expect(missing.err).toBe(`crimestats: The breaks file "${join(folder, "none.json")}" does not exist: expected a JSON file.\n`);
    const notJson = await run(["assess", "--breaks", file("breaks.txt", "month,kind\n"), "--quiet"]);
    expect(notJson.err).toBe(`crimestats: The breaks file "${join(folder, "breaks.txt")}" is not JSON: expected a list of recording breaks.\n`);
    const wrong = await run(["assess", "--breaks", file("breaks.json", JSON.stringify([{ id: "x", month: "2024-13" }])), "--quiet"]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^crimestats: The breaks file ".*breaks\.json" is not a list of recording breaks: .*2024-13.*\.\n$/);
  });

  it("asks for the year of a mid-year estimates CSV whose name does not give it", { timeout: 120_000 }, async () => {
    const estimates = file("estimates.csv", readFileSync(join(demoData, "SYNTHETIC-demo-mid-year-estimates-mid2024.csv"), "utf8"));
    const result = await run([
      "assess",
      "--borough-file",
      join(demoData, "SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv"),
      "--population-file",
      estimates,
      "--quiet",
      "--out",
      join(folder, "year"),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'crimestats: The population file "estimates.csv" does not say clearly which mid-year it estimates: expected the year in its title or in its name, e.g. "mye24tablesew.csv" or "population-mid2024.csv".\n',
    );
  });
});

describe("crimestats download against a server on 127.0.0.1 serving CRIMESTATS_DATA_DIR", () => {
  const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
  const file = "london-datastore-mps-ward-crime/MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv";
  it.skipIf(dataDir === "" || !existsSync(join(dataDir, file)))(
    "fetches the file into the cache, with progress (skipped: CRIMESTATS_DATA_DIR absent)",
    async () => {
      const served = await serveFolder(dataDir);
      try {
        const cache = mkdtempSync(join(tmpdir(), "crimestats-cache-"));
        const url = `${served.base}/${file.split("/").map(encodeURIComponent).join("/")}`;
        const result = await run(["download", "--url", url, "--cache", cache]);
        expect(result.code).toBe(0);
        expect(result.err).toMatch(/^downloading MPS Ward Level Crime \(most recent 24 months\) 2024-01_2025-12\.csv: [\d.]+ (kB|MB) of 2\.3 MB$/m);
        const written = join(cache, "MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv");
        expect(readFileSync(written).equals(readFileSync(join(dataDir, file)))).toBe(true);
        expect(result.out).toContain(`Downloaded 1 file to ${cache}`);
        const missing = await run(["download", "--url", `${served.base}/nothing.csv`, "--cache", cache]);
        expect(missing.code).toBe(1);
        expect(missing.err).toBe(`crimestats: Download of "${served.base}/nothing.csv" failed with HTTP status 404: expected 200.\n`);
      } finally {
        await served.close();
      }
    },
  );
});

describe("crimestats download against a misbehaving server on 127.0.0.1", () => {
  it("refuses an HTML page served as the CSV with exit 1, one sentence, and leaves the cached copy alone; a good file replaces it", async () => {
    const good = "MajorText,MinorText,BoroughName,202401,202402\nBURGLARY,BURGLARY - RESIDENTIAL,Harrow,12,9\n";
    const server = await serveRaw({
      "/MPS Borough Level Crime.csv": (socket) => socket.end(rawOk("<html><body>Service unavailable</body></html>\n", "text/html")),
      "/good/MPS Borough Level Crime.csv": (socket) => socket.end(rawOk(good)),
    });
    try {
      const cache = mkdtempSync(join(tmpdir(), "crimestats-cache-"));
      const cached = join(cache, "MPS Borough Level Crime.csv");
      writeFileSync(cached, "MajorText,MinorText,BoroughName,202312\nBURGLARY,BURGLARY - RESIDENTIAL,Harrow,7\n");
      const before = readFileSync(cached, "utf8");
      const bad = await run(["download", "--url", `${server.base}/MPS%20Borough%20Level%20Crime.csv`, "--cache", cache, "--quiet"]);
      expect(bad.code).toBe(1);
      expect(bad.err).toBe(
        `crimestats: Download of "${server.base}/MPS%20Borough%20Level%20Crime.csv" was refused because it is an HTML or XML page, not a CSV file; the cached copy is left as it was.\n`,
      );
      expect(bad.out).toBe("");
      expect(readFileSync(cached, "utf8")).toBe(before);
      const ok = await run(["download", "--url", `${server.base}/good/MPS%20Borough%20Level%20Crime.csv`, "--cache", cache, "--quiet"]);
      expect(ok.code).toBe(0);
      expect(ok.out).toContain(`${cached} (${good.length} B); the copy it replaced is kept as ${cached}.previous\n`);
      expect(readFileSync(cached, "utf8")).toBe(good);
      expect(readFileSync(`${cached}.previous`, "utf8")).toBe(before);
      expect(readdirSync(cache).sort()).toEqual(["MPS Borough Level Crime.csv", "MPS Borough Level Crime.csv.previous"]);
    } finally {
      await server.close();
    }
  });
});

describe("crimestats --version", () => {
  it("prints the version it is given", async () => {
    const { runCli } = await import("../src/internal/cli/runCli.js");
    let out = "";
    const code = await runCli(["--version"], { out: (t) => (out += t), err: () => {}, cwd: ".", env: {}, demoDataDir: ".", version: "1.2.3" });
    expect(code).toBe(0);
    expect(out).toBe("crimestats 1.2.3 (@crimestats/report)\n");
  });
});
