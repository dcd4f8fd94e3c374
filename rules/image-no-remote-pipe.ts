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
  type ShellScript,
  type ShellWord,
} from "../src/model/shell.js";
import type { AgentKind } from "../src/model/agent.js";

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
  // Also read: the command hooks of Claude Code configuration, which run the same way on
  // every developer's machine (no other rule is about what a configured command does).
  inputs: [INPUT.dockerfiles, INPUT.settings, INPUT.claudeMarkdown],
  docs: {
    description: "Disallow `RUN` steps and command hooks that pipe a download straight into a shell or interpreter.",
    securitySeverity: 8.0,
  },
  messages: {
    pipe: "`RUN` pipes {{download}} into `{{interpreter}}`: the build runs whatever that server returns, unverified, and bakes the result into the image. Download it to a file, check its SHA-256 checksum (`sha256sum -c`), then run the file.",
    substitution:
      "`RUN` runs {{download}} with `{{interpreter}}`: the build executes whatever that server returns, unverified, and bakes the result into the image. Download it to a file, check its SHA-256 checksum (`sha256sum -c`), then run the file.",
    hookPipe:
      "The `{{event}}` hook pipes {{download}} into `{{interpreter}}`: {{who}} runs whatever that server returns, unverified, with the user's own access to their files, keys and tokens. Commit the script to the repository (or download it to a file and check its SHA-256 checksum) and run that instead.",
    hookSubstitution:
      "The `{{event}}` hook runs {{download}} with `{{interpreter}}`: {{who}} executes whatever that server returns, unverified, with the user's own access to their files, keys and tokens. Commit the script to the repository (or download it to a file and check its SHA-256 checksum) and run that instead.",
  },
  defaultOptions: {},
  check(context) {
    for (const build of context.model.imageBuilds) {
      for (const run of build.runs) {
        for (const remote of run.script ? remoteRuns(run.script) : []) {
          context.report({ messageId: remote.messageId, loc: remote.loc, data: { download: describeDownload(remote.download), interpreter: remote.interpreter } });
        }
      }
    }
    for (const hook of context.model.hookCommands) {
      for (const remote of hook.script ? remoteRuns(hook.script) : []) {
        context.report({
          messageId: remote.messageId === "pipe" ? "hookPipe" : "hookSubstitution",
          loc: remote.loc,
          data: { event: hook.event, who: WHO_RUNS[hook.owner] ?? WHO_RUNS.settings, download: describeDownload(remote.download), interpreter: remote.interpreter },
        });
      }
    }
  },
});

/** Who runs a configuration's hooks, at the start of a clause. */
const WHO_RUNS: Partial<Record<AgentKind, string>> & { readonly settings: string } = {
  settings: "every session that loads these settings",
  "subagent-file": "every session that runs this subagent",
  skill: "every session that uses this skill",
  command: "every session that runs this command",
};

/** The downloads a script runs, in it and in every script inside it (substitutions, `sh -c`, here-documents). */
function remoteRuns(top: ShellScript): RemoteRun[] {
  return allScripts(top).flatMap(({ script }) => [...script.pipelines.flatMap(pipedDownloads), ...commandsIn(script).flatMap(substitutedDownloads)]);
}

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
