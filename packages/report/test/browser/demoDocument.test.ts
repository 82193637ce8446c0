// The demo document (`crimestats assess` on the embedded SYNTHETIC data) in Chromium, branded
// from a config file as a partnership would brand it: its name, a wide logo, an introduction, an
// accent colour, a footer, a contact and the date.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../runCli.js";
import { checkDocument } from "./documentChecks.js";

/** A logo five times as wide as it is high, wider than a phone's screen at its own size. */
const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120" viewBox="0 0 600 120"><rect width="600" height="120" fill="#7a1f5c"/><text x="24" y="78" font-family="sans-serif" font-size="52" fill="#ffffff">Safer Harrow</text></svg>`;

checkDocument("the branded demo document in Chromium", "demo", async () => {
  const folder = mkdtempSync(join(tmpdir(), "crimestats-browser-demo-"));
  writeFileSync(join(folder, "logo.svg"), logo);
  writeFileSync(
    join(folder, "introduction.txt"),
    "This strategic assessment sets out crime in Harrow for the partnership's board.\n\nIt is published under the Open Government Licence; comments are welcome at the address below.\n",
  );
  writeFileSync(
    join(folder, "branding.json"),
    JSON.stringify({
      partnership: "Safer Harrow Partnership",
      logo: { file: "logo.svg", alt: "Safer Harrow Partnership logo" },
      introduction: "introduction.txt",
      accentColour: "#7a1f5c",
      footer: "Safer Harrow Partnership: strategic assessment 2025",
      contact: "community.safety@example.org",
      date: "2026-12-07",
    }),
  );
  const out = join(folder, "out");
  const { code, err } = await run(["assess", "--config", join(folder, "branding.json"), "--format", "html,pdf", "--out", out, "--quiet"]);
  if (code !== 0) throw new Error(`crimestats assess exited ${code}: ${err}`);
  return { out, temporary: [folder] };
});
