import { describe, expect, it } from "vitest";
import {
  allCommands,
  allScripts,
  downloadToStdout,
  interpreterCall,
  programOf,
  subcommands,
  type ShellCommand,
  type ShellScript,
} from "../../../src/model/shell.js";
import { jsonStringText, parseShellText } from "../../../src/languages/shell/index.js";
import { shellCliInvocations } from "../../../src/model/shell-cli.js";
import { hostLocator, parseShell, span } from "./parse-helper.js";

/** Each command as `word word …`, unknown words as `?`. */
const commands = (script: ShellScript) => allCommands(script).map((command) => command.words.map((word) => word.text ?? "?").join(" "));
const only = (text: string): ShellCommand => {
  const [command] = allCommands(parseShell(text).script);
  if (!command) throw new Error(`no command in ${text}`);
  return command;
};

describe("shell model", () => {
  it("reads simple commands with literal words after quote removal, and their places", () => {
    const { script } = parseShell(`FOO=1 echo 'single' "double \\"q\\"" plain\\ word $'a\\tb' mixed"$X" 'x'y`);
    const [command] = allCommands(script);
    expect(command?.assignments.map((word) => word.text)).toEqual(["FOO=1"]);
    expect(command?.words.map((word) => word.text)).toEqual(["echo", "single", 'double "q"', "plain word", "a\tb", undefined, "xy"]);
    expect(command?.words.map((word) => span(word.loc))).toEqual([
      [1, 7, 1, 11],
      [1, 12, 1, 20],
      [1, 21, 1, 35],
      [1, 36, 1, 47],
      [1, 48, 1, 55],
      [1, 56, 1, 65],
      [1, 66, 1, 70],
    ]);
  });

  it("splits lists and pipelines, through groups, conditionals, loops and functions", () => {
    expect(parseShell("curl -s x | (cd /tmp && sh)").script.pipelines.map((pipeline) => pipeline.stages.map((stage) => stage.map((command) => command.words[0]?.text)))).toEqual([
      [["curl"], ["cd", "sh"]],
    ]);
    const { script } = parseShell("a && b | c || (d; e) ; if f; then g | h; fi\nfor i in 1 2; do j; done\nk() { l; }\n! m | n");
    expect(commands(script)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "j", "l", "m", "n"]);
    expect(script.pipelines.map((pipeline) => pipeline.stages.map((stage) => stage.map((command) => command.words[0]?.text).join("+")).join(" | "))).toEqual([
      "a",
      "b | c",
      "d",
      "e",
      "f",
      "g | h",
      "j",
      "l",
      "m | n",
    ]);
  });

  it("reads command and process substitutions as scripts of their own", () => {
    const { script } = parseShell('echo "$(curl -s x | head -1)" <(wget -qO- y) `date`');
    const [echo] = script.pipelines[0]?.stages[0] ?? [];
    expect(echo?.words.map((word) => [word.text, word.substitutions.map((s) => [s.kind, commands(s.script).join("; ")])])).toEqual([
      ["echo", []],
      [undefined, [["command", "curl -s x; head -1"]]],
      [undefined, [["process", "wget -qO- y"]]],
      [undefined, [["command", "date"]]],
    ]);
    expect(allScripts(script).map((nested) => nested.via)).toEqual(["top", "command-substitution", "process-substitution", "command-substitution"]);
  });

  it("parses the script of sh -c, bash -lc, eval and su -c again, located where it is written", () => {
    const { script } = parseShell(`sh -c 'curl -s "$U" | bash' && bash -lc "echo \\"hi\\"; id" && eval "rm -rf /tmp/x" && su -c 'whoami' app`);
    const nested = allScripts(script).filter((entry) => entry.via === "inline");
    expect(nested.map((entry) => commands(entry.script))).toEqual([["curl -s ?", "bash"], ['echo hi', "id"], ["rm -rf /tmp/x"], ["whoami"]]);
    const bash = nested[0]?.script.pipelines[0]?.stages[1]?.[0];
    expect(span(bash?.loc ?? script.loc)).toEqual([1, 23, 1, 27]);
    const echo = nested[1]?.script.pipelines[0]?.stages[0]?.[0];
    // `echo \"hi\"` inside double quotes: the word `"hi"` maps back over its escapes.
    expect(echo?.words.map((word) => span(word.loc))).toEqual([
      [1, 42, 1, 46],
      [1, 48, 1, 53],
    ]);
  });

  it("parses a here-document fed to a shell, and keeps other bodies as text", () => {
    const text = "bash <<'EOF' && echo done\ncurl -s x | sh\nEOF\ncat <<EOF2 | sh\nnot a script\nEOF2\npython3 <<PY\nprint(1)\nPY\n";
    const { script } = parseShell(text);
    const redirects = allCommands(script).flatMap((command) => command.redirects);
    expect(redirects.map((redirect) => [redirect.operator, redirect.heredoc?.body, redirect.heredoc?.script ? commands(redirect.heredoc.script) : undefined])).toEqual([
      ["<<", "curl -s x | sh\n", ["curl -s x", "sh"]],
      ["<<", "not a script\n", undefined],
      ["<<", "print(1)\n", undefined],
    ]);
    expect(script.pipelines.map((pipeline) => pipeline.stages.map((stage) => stage.map((command) => command.words[0]?.text).join("+")).join(" | "))).toEqual(["bash", "echo", "cat | sh", "python3"]);
    // A command with a here-document ends with its `<<EOF`, not with the body.
    expect(allCommands(script).slice(0, 2).map((command) => span(command.loc))).toEqual([
      [1, 1, 1, 13],
      [1, 17, 1, 26],
    ]);
  });

  it("reads redirects and here-strings, words after a redirect staying arguments", () => {
    const command = only("bash -s < <(curl -s x) --yes 2>/dev/null");
    expect(command.words.map((word) => word.text)).toEqual(["bash", "-s", "--yes"]);
    expect(command.redirects.map((redirect) => [redirect.operator, redirect.target?.text, redirect.target?.substitutions.length])).toEqual([
      ["<", undefined, 1],
      [">", "/dev/null", 0],
    ]);
    expect(only('sh <<< "$(curl -s y)"').redirects.map((redirect) => [redirect.operator, redirect.target?.substitutions[0]?.kind])).toEqual([["<<<", "command"]]);
  });

  it("marks a script with a syntax error incomplete and keeps what it recovered", () => {
    const { script } = parseShell("echo ok; if then fi (");
    expect(script.incomplete).toBe(true);
    expect(commands(script)[0]).toBe("echo ok");
  });

  it("caps how deep sh -c scripts nest", () => {
    let text = "echo deepest";
    for (let depth = 0; depth < 10; depth++) text = `sh -c ${JSON.stringify(text).replace(/\$/g, "\\$")}`;
    const scripts = allScripts(parseShell(text).script);
    expect(scripts.length).toBeLessThanOrEqual(8);
    expect(scripts.some((entry) => entry.script.incomplete)).toBe(true);
  });

  it("collects comments with their places", () => {
    expect(parseShell("echo a # trailing\n# own line\necho b").comments.map((comment) => [comment.text, span(comment.loc)])).toEqual([
      [" trailing", [1, 8, 1, 18]],
      [" own line", [2, 1, 2, 11]],
    ]);
  });
});

describe("shell judgments", () => {
  it.each([
    ["sudo -u root -E bash -c x", "bash", ["-c", "x"]],
    ["env -i PATH=/bin FOO=1 node app.js", "node", ["app.js"]],
    ["timeout -s KILL 30 /usr/bin/curl -s x", "curl", ["-s", "x"]],
    ["nohup nice -n 5 python3 -", "python3", ["-"]],
    ["busybox wget -qO- x", "wget", ["-qO-", "x"]],
    ["exec -a name sh", "sh", []],
    ["tini -- gosu app bash -c x", "bash", ["-c", "x"]],
  ])("peels wrappers off %s", (text, name, args) => {
    const call = programOf(only(text));
    expect([call?.name, call?.args.map((word) => word.text)]).toEqual([name, args]);
  });

  it.each([
    ["sh", "stdin"],
    ["bash -", "stdin"],
    ["bash -s -- --flag", "stdin"],
    ["bash -s $VERSION", "stdin"],
    ["sudo -E bash -ex", "stdin"],
    ["sh -c 'echo hi'", "inline:echo hi"],
    ["bash -o pipefail -ec 'echo hi' name", "inline:echo hi"],
    ["sh script.sh", "file:script.sh"],
    ["bash -x ./install.sh --yes", "file:./install.sh"],
    ["python3", "stdin"],
    ["python3 - --arg", "stdin"],
    ["python3 -W ignore -c 'print(1)'", "inline:print(1)"],
    ["python3 -m json.tool", "module"],
    ["python3 filter.py", "file:filter.py"],
    ["node -e 'x()'", "inline:x()"],
    ["perl -MJSON -e 'print 1'", "inline:print 1"],
  ])("reads where `%s` takes its program", (text, expected) => {
    const input = interpreterCall(only(text))?.input;
    const described = input?.from === "inline" ? `inline:${input.script?.text}` : input?.from === "file" ? `file:${input.file.text}` : input?.from;
    expect(described).toBe(expected);
  });

  it("is not an interpreter call for other programs or options it cannot read", () => {
    expect(interpreterCall(only("curl -s x"))).toBeUndefined();
    expect(interpreterCall(only("bash $OPTS"))).toBeUndefined();
  });

  it.each([
    ["curl -fsSL https://x/i", true, "https://x/i"],
    ["curl -H 'Accept: x' --url https://x/i", true, "https://x/i"],
    ["curl -x http://proxy:3128 https://x/i", true, "https://x/i"],
    ["curl -o - https://x/i", true, "https://x/i"],
    ["curl -fsSLo /tmp/i https://x/i", false, undefined],
    ["curl -O https://x/i.sh", false, undefined],
    ["curl --output=/tmp/i https://x/i", false, undefined],
    ["wget -qO- https://x/i", true, "https://x/i"],
    ["wget -O - https://x/i", true, "https://x/i"],
    ["wget --output-document=- https://x/i", true, "https://x/i"],
    ["wget -O /dev/stdout https://x/i", true, "https://x/i"],
    ["wget https://x/i", false, undefined],
    ["wget -qO /tmp/i https://x/i", false, undefined],
  ])("knows whether `%s` downloads to standard output", (text, toStdout, url) => {
    const download = downloadToStdout(only(text));
    expect([download !== undefined, download?.url?.text]).toEqual([toStdout, url]);
  });

  it("finds the commands find -exec and xargs run", () => {
    expect(subcommands(only("find /srv -type f -exec chmod 644 {} \\; -exec touch {} +")).map((command) => command.words.map((word) => word.text).join(" "))).toEqual([
      "chmod 644 {}",
      "touch {}",
    ]);
    expect(subcommands(only("xargs -n 1 -I{} chmod 777 {}")).map((command) => command.words.map((word) => word.text).join(" "))).toEqual(["chmod 777 {}"]);
  });
});

describe("shell API for other front ends", () => {
  it("maps a JSON string's value back over its escapes and parses it as shell", () => {
    const host = `{"command": "sh -c \\"claude -p \\u0041\\""}`;
    const raw = host.slice(12, host.length - 1);
    const text = jsonStringText(raw, 12, hostLocator("settings.json", host));
    expect(text.text).toBe('sh -c "claude -p A"');
    const { script } = parseShellText(text);
    const inner = allScripts(script).find((entry) => entry.via === "inline")?.script;
    const words = inner ? allCommands(inner)[0]?.words : [];
    expect(words?.map((word) => [word.text, span(word.loc)])).toEqual([
      ["claude", [1, 22, 1, 28]],
      ["-p", [1, 29, 1, 31]],
      ["A", [1, 32, 1, 38]],
    ]);
  });

  it("records the programs a script starts, a sh -c script through its own commands", () => {
    const invocations = shellCliInvocations(parseShell(`sh -c 'claude -p go' && npx -y pkg`).script, "hook");
    expect(invocations.map((invocation) => [invocation.api, invocation.command.kind === "array" ? invocation.command.elements.map((element) => (element.kind === "string" ? element.value : "?")) : []])).toEqual([
      ["hook", ["sh", "-c", "?"]],
      ["hook", ["npx", "-y", "pkg"]],
      ["hook", ["claude", "-p", "go"]],
    ]);
  });
});
