// renderDocx, taken from the report's source file by vite.config.ts's alias (see there why).
declare module "virtual:report-docx" {
  export { renderDocx } from "@crimestats/report/node";
}
