import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA_PATH, configSchemaText } from "../../src/cli/config-schema.js";
import { brief, copyProject, jsonFindings, runCli } from "./run-cli.js";

const RULES = ["no-permission-bypass", "require-max-turns", "require-cwd", "require-budget-limit"];

function withConfig(name: string, text: string, project = "configured"): string {
  const cwd = copyProject(project);
  rmSync(path.join(cwd, ".agentlint.yaml"), { force: true });
  writeFileSync(path.join(cwd, name), text);
  return cwd;
}

describe("configuration file", () => {
  it("applies extends, rules with options, overrides and ignores from the nearest .agentlint.yaml", () => {
    const run = runCli(["--format", "json"], { cwd: copyProject("configured") });
    expect(run.status).toBe(1);
    expect(brief(jsonFindings(run), RULES)).toEqual([
      "deploy/dev/sandbox.py:6 no-permission-bypass warn",
      "src/agent.py:7 require-max-turns error",
    ]);
  });

  it("finds the config above the working directory and keeps its globs relative to the config's directory", () => {
    const cwd = copyProject("configured");
    const run = runCli(["--format", "json", "."], { cwd: path.join(cwd, "deploy") });
    expect(brief(jsonFindings(run), RULES)).toEqual(["dev/sandbox.py:6 no-permission-bypass warn"]);
    const examples = runCli(["--format", "json", "."], { cwd: path.join(cwd, "examples") });
    expect(jsonFindings(examples)).toEqual([]);
  });

  it("does not use a config from above the repository root", () => {
    const outer = copyProject("clean");
    rmSync(path.join(outer, ".git"), { recursive: true });
    writeFileSync(path.join(outer, ".agentlint.yaml"), "rules:\n  no-permission-bypass: off\n");
    const repository = path.join(outer, "repo");
    mkdirSync(path.join(repository, ".git"), { recursive: true });
    writeFileSync(path.join(repository, "agent.py"), readFileSync(path.resolve("fixtures/projects/configured/deploy/dev/sandbox.py")));
    const run = runCli(["--format", "json"], { cwd: repository });
    expect(brief(jsonFindings(run), ["no-permission-bypass"])).toEqual(["agent.py:6 no-permission-bypass error"]);
  });

  it("reads agentlint.config.json and --config FILE, where strict turns every rule on", () => {
    const json = withConfig("agentlint.config.json", JSON.stringify({ rules: { "require-max-turns": "off", "require-cwd": "off" } }));
    expect(brief(jsonFindings(runCli(["--format", "json"], { cwd: json })), RULES)).toEqual([
      "deploy/dev/sandbox.py:6 no-permission-bypass error",
      "examples/demo.py:6 no-permission-bypass error",
    ]);
    const cwd = copyProject("configured");
    writeFileSync(path.join(cwd, "strict.yml"), "extends: strict\n");
    const strict = runCli(["--format", "json", "--config", "strict.yml", "src"], { cwd });
    expect(brief(jsonFindings(strict), ["require-budget-limit"])).toEqual(["src/agent.py:3 require-budget-limit warn"]);
  });

  it("lets --rule win over the config", () => {
    const run = runCli(["--format", "json", "--rule", "require-max-turns=warn"], { cwd: copyProject("configured") });
    expect(brief(jsonFindings(run), ["require-max-turns"])).toEqual(["src/agent.py:7 require-max-turns warn"]);
  });

  it.each([
    ["rule:\n  require-cwd: off\n", 'the top level has the unknown key "rule"; allowed keys: $schema, extends, ignores, rules, overrides, fileTimeLimit.'],
    ["rules:\n  require-max-turn: warn\n", '`rules` names the unknown rule "require-max-turn". Run `agentlint --list-rules` to see the rule ids.'],
    ["rules:\n  require-cwd: wran\n", '`rules.require-cwd` is "wran"; allowed values: "off", "warn", "error" (or [severity, options]).'],
    ["rules:\n  require-max-turns: [error, { max: many }]\n", '`rules.require-max-turns[1].max` must be an integer, not "many".'],
    ["rules:\n  require-max-turns: [error, { maximum: 3 }]\n", '`rules.require-max-turns[1]` has the unknown key "maximum"; allowed keys: max.'],
    ["extends: paranoid\n", '`extends` is "paranoid"; allowed values: "recommended", "strict".'],
    ["overrides:\n  - rules: { require-cwd: off }\n", '`overrides[0]` is missing the key "files".'],
    ["overrides:\n  - files: [a]\n    rules: { nope: off }\n", '`overrides[0].rules` names the unknown rule "nope".'],
    ["ignores: examples\n", '`ignores` must be an array, not "examples".'],
    ["fileTimeLimit: fast\n", '`fileTimeLimit` must be an integer, not "fast".'],
    ["fileTimeLimit: 0\n", "`fileTimeLimit` must be >= 1."],
  ])("rejects %j with the file, key path and allowed values (exit 2)", (text, problem) => {
    const run = runCli([], { cwd: withConfig(".agentlint.yaml", text) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`agentlint: Invalid config file .agentlint.yaml: ${problem}`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("rejects broken YAML and JSON with the position, and several config files side by side", () => {
    const yaml = runCli([], { cwd: withConfig(".agentlint.yaml", "rules:\n  require-cwd: off\n  require-cwd: warn\n") });
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toBe("agentlint: The config file .agentlint.yaml:3:3 is not valid YAML: Map keys must be unique.\n");
    const json = runCli([], { cwd: withConfig("agentlint.config.json", "{ rules: }") });
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/^agentlint: The config file agentlint\.config\.json is not valid JSON: /);
    const cwd = copyProject("configured");
    writeFileSync(path.join(cwd, ".agentlint.yml"), "rules: {}\n");
    const both = runCli([], { cwd });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("Found several config files");
  });

  it("does not echo a long value (it may be a credential put in the wrong place)", () => {
    const token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    const yaml = runCli([], { cwd: withConfig(".agentlint.yaml", `rules:\n  require-cwd: ${token}\n`) });
    expect(yaml.stderr).toContain("`rules.require-cwd` is a string of 40 characters; allowed values");
    const json = runCli([], { cwd: withConfig("agentlint.config.json", `{ "rules": ${token} }`) });
    expect(json.status).toBe(2);
    expect(yaml.stderr + json.stderr).not.toContain("abcdef");
  });

  it("accepts an empty config file as the recommended preset", () => {
    const run = runCli(["--format", "json"], { cwd: withConfig(".agentlint.yaml", "# nothing yet\n") });
    expect(brief(jsonFindings(run), ["no-permission-bypass"]).length).toBe(2);
  });
});

describe("--print-config", () => {
  it("prints the rules in force for a path, with overrides and ignores applied", () => {
    const cwd = copyProject("configured");
    const source = JSON.parse(runCli(["--print-config", "src/agent.py"], { cwd }).stdout);
    expect(source).toMatchObject({ file: "src/agent.py", config: ".agentlint.yaml", extends: "recommended", ignored: false });
    expect(source.rules["require-max-turns"]).toEqual(["error", { max: 30 }]);
    expect(source.rules["require-cwd"]).toBe("off");
    expect(source.rules["no-permission-bypass"]).toBe("error");
    const dev = JSON.parse(runCli(["--print-config", "deploy/dev/sandbox.py"], { cwd }).stdout);
    expect(dev.rules["no-permission-bypass"]).toBe("warn");
    expect(JSON.parse(runCli(["--print-config", "examples/demo.py"], { cwd }).stdout).ignored).toBe(true);
  });

  it("prints the preset without a config file", () => {
    const printed = JSON.parse(runCli(["--print-config", "agent.ts"], { cwd: copyProject("clean") }).stdout);
    expect(printed.config).toBeNull();
    expect(printed.rules["require-budget-limit"]).toBe("off");
    expect(printed.fileTimeLimit).toBe(5000);
  });

  it("prints the per-file time limit from the config, or from --file-time-limit, which wins", () => {
    const cwd = withConfig(".agentlint.yaml", "fileTimeLimit: 20000\n");
    expect(JSON.parse(runCli(["--print-config", "agent.ts"], { cwd }).stdout).fileTimeLimit).toBe(20000);
    expect(JSON.parse(runCli(["--print-config", "agent.ts", "--file-time-limit", "750"], { cwd }).stdout).fileTimeLimit).toBe(750);
  });
});

describe("config JSON Schema", () => {
  it("ships a committed copy that matches the rule registry", () => {
    const committed = readFileSync(path.resolve(CONFIG_SCHEMA_PATH), "utf8");
    expect(committed, "schema/agentlint-config.schema.json is stale: run `npm run generate:docs`").toBe(configSchemaText());
  });
});
