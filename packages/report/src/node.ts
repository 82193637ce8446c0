// "@crimestats/report/node": everything of the main entry, plus what needs Node (downloading
// files into a cache folder). The `crimestats` command is built from src/cli.ts.
export * from "./index.js";
export {
  defaultMaxArchiveBytes,
  defaultMaxDownloadBytes,
  downloadFiles,
  londonDatastoreUrls,
  policeUkArchiveUrl,
  type DownloadFilesOptions,
  type DownloadProgress,
  type DownloadedFile,
} from "./downloadFiles.js";
export { renderPdf, type RenderPdfOptions } from "./renderPdf.js";
export { renderDocx } from "./node/renderDocx.js";
