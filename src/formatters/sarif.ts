/**
 * The `sarif` format: SARIF 2.1.0 as GitHub code scanning reads it. Rule descriptors come
 * from the registry (help from each rule's doc), locations are relative to `%SRCROOT%`,
 * `partialFingerprints` carry our line-shift-stable fingerprint, and suppressed findings
 * are kept with their `suppressions`. File notices become tool execution notifications.
 */
import { pathToFileURL } from "node:url";
import type { AnyRule } from "../core/define-rule.js";
import { originPhrase } from "../core/origin.js";
import type { FileNotice, Finding, RelatedLocation, Severity, SeveritySetting } from "../core/types.js";
import type { ScanReport } from "./report.js";

export interface SarifTool {
  readonly version: string;
  readonly informationUri: string;
  readonly rules: readonly AnyRule[];
  readonly helpUri: (ruleId: string) => string;
  /** The rule's markdown doc, when shipped. */
  readonly helpMarkdown: (ruleId: string) => string | undefined;
}

export const SARIF_FINGERPRINT_KEY = "agentlintFingerprint/v1";
const SRCROOT = "%SRCROOT%";

export function formatSarif(report: ScanReport, tool: SarifTool): string {
  const descriptors = [...tool.rules.map((rule) => ruleDescriptor(rule, tool)), ...unregisteredDescriptors(report.findings, tool.rules)];
  const indexOf = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "agentlint",
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: !report.notices.some((notice) => notice.kind === "internal-error"),
            toolExecutionNotifications: report.notices.map(notification),
          },
        ],
        originalUriBaseIds: {
          [SRCROOT]: { uri: directoryUri(report.cwd) },
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding) => result(finding, indexOf.get(finding.ruleId) ?? 0)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: AnyRule, tool: SarifTool) {
  const markdown = tool.helpMarkdown(rule.id);
  const helpUri = tool.helpUri(rule.id);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.docs.description },
    fullDescription: { text: markdown ? summaryLine(markdown) ?? rule.docs.description : rule.docs.description },
    helpUri,
    help: {
      text: `${rule.docs.description} See ${helpUri}`,
      ...(markdown ? { markdown } : {}),
    },
    defaultConfiguration: defaultConfiguration(rule.severity),
    properties: {
      "security-severity": rule.docs.securitySeverity.toFixed(1),
      precision: "high",
      tags: ["security", rule.category],
    },
  };
}

/** A finding of a rule the registry does not know still needs a descriptor to point at. */
function unregisteredDescriptors(findings: readonly Finding[], rules: readonly AnyRule[]) {
  const known = new Set(rules.map((rule) => rule.id));
  const extra = [...new Set(findings.map((finding) => finding.ruleId).filter((id) => !known.has(id)))].sort();
  return extra.map((id) => ({
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    defaultConfiguration: defaultConfiguration("error"),
    properties: { tags: ["security"] },
  }));
}

function defaultConfiguration(severity: SeveritySetting) {
  return severity === "off" ? { enabled: false, level: "warning" } : { enabled: true, level: level(severity) };
}

function result(finding: Finding, ruleIndex: number) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: level(finding.severity),
    message: { text: linkedMessage(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.file, finding) }],
    ...(finding.related
      ? {
          relatedLocations: finding.related.map((place, index) => ({
            id: relatedId(index),
            physicalLocation: physicalLocation(place.file, place),
            message: { text: place.message },
          })),
        }
      : {}),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.suppressed
      ? {
          suppressions: [
            {
              kind: finding.suppressed.kind === "inSource" ? "inSource" : "external",
              ...(finding.suppressed.justification !== undefined ? { justification: finding.suppressed.justification } : {}),
            },
          ],
        }
      : {}),
  };
}

function physicalLocation(file: string, region: Pick<RelatedLocation, "line" | "column" | "endLine" | "endColumn">) {
  return {
    artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
    region: { startLine: region.line, startColumn: region.column, endLine: region.endLine, endColumn: region.endColumn },
  };
}

/** Related locations are numbered from 1; the message links to them as `[text](id)`. */
function relatedId(index: number): number {
  return index + 1;
}

/** The message with its origin phrase linking to the related locations: `([value from MAX_TURNS](1) at config.py:3)`. */
function linkedMessage(finding: Finding): string {
  const plain = originPhrase(finding.related);
  if (!plain) return finding.message;
  const linked = originPhrase(finding.related, (place, index) => `[${escapeLinkText(place.message)}](${relatedId(index)})`);
  return finding.message.replace(plain, () => linked);
}

/** Square brackets and backslashes in a link's text are escaped (SARIF §3.11.6). */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (character) => `\\${character}`);
}

function notification(notice: FileNotice) {
  return {
    level: notice.kind === "internal-error" ? "error" : "warning",
    message: { text: notice.message },
    descriptor: { id: notice.kind },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(notice.file), uriBaseId: SRCROOT } } }],
  };
}

function level(severity: Severity): "error" | "warning" {
  return severity === "error" ? "error" : "warning";
}

/** A relative posix path as a URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function directoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

/** The first paragraph after the doc's title: the rule's one-line summary. */
function summaryLine(markdown: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const title = lines.findIndex((line) => line.startsWith("# "));
  const summary = lines.slice(title + 1).find((line) => line.trim() !== "");
  return summary && !summary.startsWith("#") ? summary.trim() : undefined;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_whole, _dash: string, letter: string) => letter.toUpperCase());
}
