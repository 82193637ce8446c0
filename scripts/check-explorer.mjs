#!/usr/bin/env node
// Checks the built web page (apps/explorer/dist, the artefact CI publishes) is what its README
// promises, so that it works opened from disk or copied to any static host and makes no connection:
// dist/ holds one file, index.html; it has a Content-Security-Policy <meta> before its first script,
// with default-src 'none' and connect-src 'none' and no directive that allows another host; every
// inline script is allowed by its hash, and script-src allows neither 'unsafe-inline' nor
// 'unsafe-eval' (the charts interpret Vega's expressions); and no element, style or link of the
// page loads anything from elsewhere (src, srcset, poster, <link href>, url(), @import) other than
// data: and blob: URLs. Links a reader may follow (<a href>) load nothing and are allowed. Run after
// the build (`pnpm exec turbo run build --filter @crimestats/explorer...`).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "./lib/repo.mjs";
import { reportProblems } from "./lib/report.mjs";

const dist = join(repoRoot, "apps", "explorer", "dist");
const page = join(dist, "index.html");

const problems = existsSync(page)
  ? [...folderProblems(), ...pageProblems(readFileSync(page, "utf8"))]
  : [`${relative(repoRoot, page)} is missing: build it first`];
process.exit(reportProblems(`${relative(repoRoot, dist)}: the built page is one self-contained file that makes no connection`, problems) ? 0 : 1);

/** dist/ must hold index.html and nothing else. */
function folderProblems() {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)));
  const others = files.filter((f) => f !== "index.html");
  return others.length === 0 ? [] : [`dist/ holds ${others.join(", ")} beside index.html: the page must be one file`];
}

/** What is wrong in the page's HTML. */
function pageProblems(html) {
  const problems = [];
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
  // The markup and styles outside the scripts: what the browser loads by itself.
  const markup = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, "<script$1></script>");

  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i.exec(markup);
  const policy = meta ? decode(attribute(meta[0], "content") ?? "") : null;
  if (meta === null || policy === null) problems.push('no <meta http-equiv="Content-Security-Policy">');
  else {
    const firstScript = markup.search(/<script\b/i);
    if (firstScript >= 0 && firstScript < meta.index)
      problems.push("the Content-Security-Policy <meta> comes after a script: it must come first to apply to it");
    const directives = new Map(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name.toLowerCase(), values]),
    );
    for (const name of ["default-src", "connect-src"]) {
      const values = directives.get(name);
      if (values?.join(" ") !== "'none'") problems.push(`the policy's ${name} is ${values ? `"${values.join(" ")}"` : "missing"}, expected 'none'`);
    }
    for (const [name, values] of directives) {
      const wide = values.filter((v) => v === "*" || /^(https?|wss?):?/i.test(v) || /^[\w*-]+(\.[\w-]+)+(:\d+)?(\/.*)?$/.test(v));
      if (wide.length > 0) problems.push(`the policy's ${name} allows ${wide.join(" ")}: no other host may be reached`);
    }
    const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'"]) {
      if (scriptSrc.includes(loose)) problems.push(`the policy's script-src allows ${loose}: expected the page's scripts by their hashes alone`);
    }
    for (const [, attributes, body] of scripts) {
      if (attribute(attributes, "src") !== null) continue;
      const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
      if (!scriptSrc.includes(hash)) problems.push(`an inline script (${body.length} characters, ${hash}) is not allowed by the policy's script-src`);
    }
  }

  for (const [tag] of markup.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const name = /^<([\w-]+)/.exec(tag)[1].toLowerCase();
    const loads = ["src", "poster", "data", ...(name === "link" ? ["href"] : [])].map((a) => attribute(tag, a)).filter((v) => v !== null);
    const srcset = attribute(tag, "srcset");
    if (srcset !== null) loads.push(...srcset.split(",").map((s) => s.trim().split(/\s+/)[0]));
    for (const url of loads.filter((u) => !local(u))) problems.push(`<${name}> loads ${url}: the page must load nothing from elsewhere`);
  }
  for (const [, url] of markup.matchAll(/url\(\s*["']?([^"')]*)["']?\s*\)/gi))
    if (!local(url)) problems.push(`a style loads url(${url}): the page must load nothing from elsewhere`);
  for (const [imported] of markup.matchAll(/@import\b[^;]*/gi)) problems.push(`a style has ${imported.trim()}: the page must load nothing from elsewhere`);
  return problems;
}

/** Whether a URL the page loads stays inside it: a data: or blob: URL, or a fragment of the page. */
function local(url) {
  return /^(data|blob):/i.test(url.trim()) || url.trim().startsWith("#") || url.trim() === "";
}

/** The value of an attribute of a start tag (entities decoded), or null when it has none. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? decode(match[1] ?? match[2] ?? match[3]) : null;
}

function decode(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
