export { ReportError, type ReportErrorCode } from "./ReportError.js";
export {
  downloadFiles,
  londonDatastoreUrls,
  type DownloadFilesOptions,
  type DownloadProgress,
  type DownloadedFile,
} from "./downloadFiles.js";
