/**
 * The four output formats. Each is a pure function of the scan report; the registry, the
 * package version and chalk are bound here so that callers only pick a name.
 */
import { allRules } from "../analysis/registry.js";
import { packageInfo, REPOSITORY_URL, ruleDoc, ruleDocUrl } from "../cli/package-info.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import type { ScanReport } from "./report.js";
import { formatSarif, type SarifTool } from "./sarif.js";
import { formatStylish, NO_PAINT } from "./stylish.js";

import type { FormatName } from "./names.js";

export function sarifTool(): SarifTool {
  return {
    version: packageInfo().version,
    informationUri: REPOSITORY_URL,
    rules: allRules,
    helpUri: ruleDocUrl,
    helpMarkdown: ruleDoc,
  };
}

/** Ready-to-use formatters (stylish without colors; `stylishPaint` gives colors). */
export const formatters: Readonly<Record<FormatName, (report: ScanReport) => string>> = {
  stylish: (report) => formatStylish(report, NO_PAINT),
  json: formatJson,
  sarif: (report) => formatSarif(report, sarifTool()),
  github: formatGithub,
};


export type { ScanReport, Summary } from "./report.js";
export { summarize } from "./report.js";
export { formatGithub, formatJson, formatSarif, formatStylish };
export { stylishPaint } from "./paint.js";
export { FORMAT_NAMES, type FormatName } from "./names.js";
