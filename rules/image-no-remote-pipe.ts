import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { Location } from "../src/core/types.js";
import {
  allScripts,
  commandsIn,
  downloadToStdout,
  firstDownload,
  interpreterCall,
  interpreterFamily,
  programOf,
  type Download,
  type ShellCommand,
  type ShellWord,
} from "../src/model/shell.js";

interface RemoteRun {
  readonly messageId: "pipe" | "substitution";
  readonly loc: Location;
  readonly download: Download;
  readonly interpreter: string;
}

export default defineRule({
  id: "image-no-remote-pipe",
  severity: "error",
  category: "container",
  inputs: [INPUT.dockerfiles],
  docs: {
    description: "Disallow `RUN` steps that pipe a download straight into a shell or interpreter.",
    securitySeverity: 8.0,
  },
  messages: {
    pipe: "`RUN` pipes {{download}} into `{{interpreter}}`: the build runs whatever that server returns, unverified, and bakes the result into the image. Download it to a file, check its SHA-256 checksum (`sha256sum -c`), then run the file.",
    substitution:
      "`RUN` runs {{download}} with `{{interpreter}}`: the build executes whatever that server returns, unverified, and bakes the result into the image. Download it to a file, check its SHA-256 checksum (`sha256sum -c`), then run the file.",
  },
  defaultOptions: {},
  check(context) {
    for (const build of context.model.imageBuilds) {
      for (const run of build.runs) {
        if (!run.script) continue;
        for (const { script } of allScripts(run.script)) {
          const found = [...script.pipelines.flatMap(pipedDownloads), ...commandsIn(script).flatMap(substitutedDownloads)];
          for (const remote of found) {
            context.report({
              messageId: remote.messageId,
              loc: remote.loc,
              data: { download: describeDownload(remote.download), interpreter: remote.interpreter },
            });
          }
        }
      }
    }
  },
});

/** `curl … | sh`, `wget -qO- … | sudo bash -s --`: a download stage followed by a stage that runs its input. */
function pipedDownloads(pipeline: { readonly stages: ReadonlyArray<readonly ShellCommand[]> }): RemoteRun[] {
  for (const [index, stage] of pipeline.stages.entries()) {
    const source = stage.map((command) => ({ command, download: downloadToStdout(command) })).find((entry) => entry.download);
    if (!source?.download) continue;
    for (const later of pipeline.stages.slice(index + 1)) {
      for (const command of later) {
        const call = interpreterCall(command);
        if (call?.input.from !== "stdin") continue;
        return [{ messageId: "pipe", loc: spanning(source.command.loc, command.loc), download: source.download, interpreter: call.name ?? "sh" }];
      }
    }
  }
  return [];
}

/**
 * A download handed to an interpreter through a substitution: `bash <(curl …)`,
 * `sh -c "$(curl …)"`, `python3 -c "$(wget -qO- …)"`, `eval "$(curl …)"`, `source <(curl …)`,
 * `bash < <(curl …)`, `sh <<< "$(curl …)"`.
 */
function substitutedDownloads(command: ShellCommand): RemoteRun[] {
  const call = programOf(command);
  const name = call?.name;
  if (!call || name === undefined) return [];
  const report = (download: Download | undefined): RemoteRun[] => (download ? [{ messageId: "substitution", loc: command.loc, download, interpreter: name }] : []);
  if (name === "eval") return report(downloadIn(call.args, "command"));
  if (name === "source" || name === ".") return report(downloadIn(call.args.slice(0, 1), "process"));
  if (interpreterFamily(name) === undefined) return [];
  const interpreter = interpreterCall(command);
  if (interpreter?.input.from === "inline" && interpreter.input.script) return report(downloadIn([interpreter.input.script], "command"));
  const operand = call.args.find((word) => word.text === undefined || !word.text.startsWith("-"));
  const fromFile = operand ? downloadIn([operand], "process") : undefined;
  if (fromFile) return report(fromFile);
  if (interpreter && interpreter.input.from !== "stdin") return [];
  for (const redirect of command.redirects) {
    if (!redirect.target) continue;
    if (redirect.operator === "<") {
      const found = downloadIn([redirect.target], "process");
      if (found) return report(found);
    }
    if (redirect.operator === "<<<") {
      const found = downloadIn([redirect.target], "command");
      if (found) return report(found);
    }
  }
  return [];
}

function downloadIn(words: readonly ShellWord[], kind: "command" | "process"): Download | undefined {
  for (const word of words) {
    for (const substitution of word.substitutions) {
      if (substitution.kind !== kind) continue;
      const found = firstDownload(substitution.script);
      if (found) return found.download;
    }
  }
  return undefined;
}

function describeDownload(download: Download): string {
  const url = download.url?.text;
  if (url === undefined || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return `a download (\`${download.call.name ?? "curl"}\`)`;
  try {
    const parsed = new URL(url);
    return `a download from \`${parsed.host}${parsed.pathname}\``;
  } catch {
    return `a download (\`${download.call.name ?? "curl"}\`)`;
  }
}

/** From the start of `first` to the end of `last` (both in the same file). */
function spanning(first: Location, last: Location): Location {
  return { ...first, endLine: last.endLine, endColumn: last.endColumn, end: last.end };
}
