import { createHash } from "node:crypto";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

/**
 * The placeholder of index.html's security policy that the script hashes replace (shaped as a
 * hash source, so vite-plugin-singlefile sees a policy that allows its inlined script).
 */
const HASHES_PLACEHOLDER = "'sha256-SCRIPT-HASHES'";

/**
 * Writes the SHA-256 hash of every inline script of the built page into its Content-Security-
 * Policy (script-src), after vite-plugin-singlefile has inlined them, so the policy allows
 * exactly the page's own code and no 'unsafe-inline'. Fails the build when the page would load
 * anything from elsewhere (a script, style sheet, image or frame given by address) or holds a
 * carriage return (the HTML parser would drop it and the hash would not match). The dev server
 * gets the page without the policy (its scripts are modules served by address).
 */
function cspHashes(): Plugin {
  return {
    name: "crimestats:csp-hashes",
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        return context.server === undefined ? html : html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, "");
      },
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== "asset" || !output.fileName.endsWith(".html")) continue;
          const html = typeof output.source === "string" ? output.source : new TextDecoder().decode(output.source);
          if (html.includes("\r")) this.error(`${output.fileName} holds a carriage return: the script hashes would not match.`);
          const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, "$1$2").replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, "$1$2");
          const external = /<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*\s(?:src|href|data)="(?!data:|#)[^"]*"/i.exec(markup);
          if (external !== null)
            this.error(`${output.fileName} loads something by address (${external[0].slice(0, 120)}): the page must be one self-contained file.`);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
          if (scripts.length === 0) this.error(`${output.fileName} has no inline script to hash.`);
          const hashes = scripts.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
          if (!html.includes(HASHES_PLACEHOLDER)) this.error(`${output.fileName} has no ${HASHES_PLACEHOLDER} in its security policy.`);
          output.source = html.replace(HASHES_PLACEHOLDER, [...new Set(hashes)].join(" "));
        }
      },
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [viteSingleFile(), cspHashes()],
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, reportCompressedSize: false },
});
