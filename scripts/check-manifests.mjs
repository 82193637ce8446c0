#!/usr/bin/env node
// Checks what the npm registry page of every published package shows: the manifest names the
// repository (with the package's folder), a homepage and the issue tracker; the README exists,
// shows the install line `npm install @crimestats/<x>`, and every link in it is absolute (on the
// registry page a relative link points nowhere). Links to a heading of the same README (`#…`) and
// `mailto:` links are allowed.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { manifestLinks, workspacePackages } from "./lib/repo.mjs";
import { reportProblems } from "./lib/report.mjs";

let failures = 0;

for (const pkg of workspacePackages()) {
  const problems = [...manifestProblems(pkg), ...readmeProblems(pkg)];
  if (!reportProblems(pkg.name, problems)) failures++;
}
process.exit(failures === 0 ? 0 : 1);

/** What is missing or wrong in the manifest's repository, homepage and bugs fields. */
function manifestProblems({ folder, manifest }) {
  const problems = [];
  const { repository, homepage, bugs } = manifest;
  const expected = manifestLinks(folder);
  const { url: repositoryUrl, directory } = expected.repository;
  if (typeof repository !== "object" || repository === null) {
    problems.push(`package.json: "repository" must be { "type": "git", "url": "${repositoryUrl}", "directory": "${directory}" }`);
  } else {
    if (repository.type !== "git") problems.push(`package.json: repository.type is ${JSON.stringify(repository.type)}, expected "git"`);
    if (repository.url !== repositoryUrl) problems.push(`package.json: repository.url is ${JSON.stringify(repository.url)}, expected "${repositoryUrl}"`);
    if (repository.directory !== directory)
      problems.push(`package.json: repository.directory is ${JSON.stringify(repository.directory)}, expected "${directory}"`);
  }
  if (homepage !== expected.homepage) problems.push(`package.json: homepage is ${JSON.stringify(homepage)}, expected "${expected.homepage}"`);
  const bugsUrl = typeof bugs === "string" ? bugs : bugs?.url;
  if (bugsUrl !== expected.bugs.url) problems.push(`package.json: bugs is ${JSON.stringify(bugs)}, expected { "url": "${expected.bugs.url}" }`);
  return problems;
}

/** What is missing or wrong in the README as the registry page shows it. */
function readmeProblems({ dir, name }) {
  const file = resolve(dir, "README.md");
  if (!existsSync(file)) return ["README.md is missing"];
  const text = readFileSync(file, "utf8");
  const problems = [];
  if (!new RegExp(`npm install ${name.replace("/", "\\/")}(?![\\w-])`).test(text)) problems.push(`README.md: no install line \`npm install ${name}\``);
  for (const { line, target } of links(text)) {
    if (/^(https:\/\/|http:\/\/|mailto:|#)/.test(target)) continue;
    problems.push(`README.md:${line}: relative link ${JSON.stringify(target)} (write it as https://github.com/crimestats/crimestats/blob/main/…)`);
  }
  return problems;
}

/** Every link target in Markdown text outside code: inline, reference definitions, HTML href/src. */
function links(text) {
  const found = [];
  let fenced = false;
  text.split("\n").forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const line = raw.replace(/`[^`]*`/g, "``");
    const patterns = [/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g, /\b(?:href|src)\s*=\s*["']([^"']+)["']/g];
    for (const pattern of patterns) for (const match of line.matchAll(pattern)) found.push({ line: index + 1, target: match[1] });
  });
  return found;
}
