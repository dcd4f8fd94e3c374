import { describe, expect, it } from "vitest";
import {
  canonicalToolName,
  capabilitiesOf,
  closestToolName,
  coversWholeTool,
  hasIgnoredAllowGlob,
  isKnownToolName,
  parameterRule,
  parseToolRule,
  shellRuleAdmitsAnyCommand,
  shellRuleReachesNetwork,
} from "../../src/model/tools.js";

const admitsAny = (text: string) => shellRuleAdmitsAnyCommand(parseToolRule(text));

describe("parseToolRule", () => {
  it("reads bare names, specifiers and the legacy colon form", () => {
    expect(parseToolRule("Bash")).toEqual({ kind: "builtin", name: "Bash" });
    expect(parseToolRule("Bash(git diff:*)")).toEqual({ kind: "builtin", name: "Bash", specifier: "git diff:*" });
    expect(parseToolRule("Bash:*")).toEqual({ kind: "builtin", name: "Bash", colonWildcard: true });
    expect(parseToolRule("Bash(echo (a))")).toEqual({ kind: "builtin", name: "Bash", specifier: "echo (a)" });
  });

  it("reads MCP rules", () => {
    expect(parseToolRule("mcp__github__create_issue")).toEqual({ kind: "mcp", server: "github", tool: "create_issue" });
    expect(parseToolRule("mcp__github")).toEqual({ kind: "mcp", server: "github" });
    expect(parseToolRule("mcp__github__*")).toEqual({ kind: "mcp", server: "github", tool: "*" });
    expect(parseToolRule("mcp__claude_ai_drive__search")).toEqual({ kind: "mcp", server: "claude_ai_drive", tool: "search" });
  });

  it("reports malformed syntax", () => {
    expect(parseToolRule("Bash(git diff").kind).toBe("malformed");
    expect(parseToolRule("Bash)").kind).toBe("malformed");
    expect(parseToolRule("(ls)").kind).toBe("malformed");
    expect(parseToolRule("Bash(ls) extra").kind).toBe("malformed");
    expect(parseToolRule("Bash(echo (a)").kind).toBe("malformed");
    expect(parseToolRule("").kind).toBe("malformed");
    expect(parseToolRule("mcp__").kind).toBe("malformed");
  });
});

describe("names and capabilities", () => {
  it("knows current names and the documented Task alias, not legacy ones", () => {
    expect(isKnownToolName("Read")).toBe(true);
    expect(isKnownToolName("Task")).toBe(true);
    expect(isKnownToolName("View")).toBe(false);
    expect(canonicalToolName("Task")).toBe("Agent");
    expect(canonicalToolName("KillShell")).toBe("TaskStop");
    expect(canonicalToolName("Replace")).toBe("Write");
  });

  it("suggests the closest known name for a typo and nothing for unrelated words", () => {
    expect(closestToolName("Bsh")).toBe("Bash");
    expect(closestToolName("WebFetc")).toBe("WebFetch");
    expect(closestToolName("web_fetch")).toBe("WebFetch");
    expect(closestToolName("Edti")).toBe("Edit");
    expect(closestToolName("add")).toBeUndefined();
    expect(closestToolName("deploy_to_production")).toBeUndefined();
  });

  it("classifies tools", () => {
    expect([...capabilitiesOf("Bash")]).toEqual(["exec"]);
    expect([...capabilitiesOf("Replace")]).toEqual(["write"]);
    expect([...capabilitiesOf("WebFetch")]).toEqual(["network"]);
    expect([...capabilitiesOf("View")]).toEqual(["read"]);
    expect([...capabilitiesOf("TodoWrite")]).toEqual(["meta"]);
    expect([...capabilitiesOf("NoSuchTool")]).toEqual([]);
  });
});

describe("Bash scopes", () => {
  it.each(["Bash", "Bash()", "Bash(*)", "Bash:*", "Bash(npx *)", "Bash(npx:*)", "Bash(bunx *)", "Bash(pnpm dlx *)", "Bash(sh -c *)",
    "Bash(bash *)", "Bash(env *)", "Bash(xargs *)", "Bash(docker exec *)", "Bash(node *)", "Bash(python3 -c *)", "Bash(python3.12 *)",
    "Bash(/usr/bin/python *)", "Bash(deno run *)", "Bash(bun *)", "Bash(ruby -e *)", "Bash(perl *)", "Bash(eval *)", "Bash(* --version)",
    "Bash(py*)", "Bash(npx prettier*)"])("%s admits any command", (rule) => {
    expect(admitsAny(rule)).toBe(true);
  });

  it.each(["Bash(git diff:*)", "Bash(npm test)", "Bash(npm run test:*)", "Bash(git status)", "Bash(ls *)", "Bash(python3 build.py)",
    "Bash(python3 -m pytest *)", "Bash(docker ps)", "Bash(node scripts/check.js)", "Bash(gitk *)"])("%s is scoped", (rule) => {
    expect(admitsAny(rule)).toBe(false);
  });

  it("spots network clients", () => {
    expect(shellRuleReachesNetwork(parseToolRule("Bash(curl *)"))).toBe(true);
    expect(shellRuleReachesNetwork(parseToolRule("Bash(git diff:*)"))).toBe(false);
    expect(shellRuleReachesNetwork(parseToolRule("Bash"))).toBe(false);
  });
});

describe("rule helpers", () => {
  it("treats Read, Read() and Read(*) as the whole tool", () => {
    expect(coversWholeTool(parseToolRule("Read"))).toBe(true);
    expect(coversWholeTool(parseToolRule("Read()"))).toBe(true);
    expect(coversWholeTool(parseToolRule("Read(*)"))).toBe(true);
    expect(coversWholeTool(parseToolRule("Read(src/**)"))).toBe(false);
  });

  it("finds parameter rules but not the legacy prefix form or WebFetch domains", () => {
    expect(parameterRule(parseToolRule("Bash(command:rm *)"))).toEqual({ parameter: "command", value: "rm *" });
    expect(parameterRule(parseToolRule("Agent(model:opus)"))).toEqual({ parameter: "model", value: "opus" });
    expect(parameterRule(parseToolRule("Bash(npm:*)"))).toBeUndefined();
    expect(parameterRule(parseToolRule("Bash(npm run test:*)"))).toBeUndefined();
    expect(parameterRule(parseToolRule("WebFetch(domain:example.com)"))).toBeUndefined();
  });

  it("spots allow globs the SDK ignores", () => {
    expect(hasIgnoredAllowGlob(parseToolRule("*"))).toBe(true);
    expect(hasIgnoredAllowGlob(parseToolRule("B*"))).toBe(true);
    expect(hasIgnoredAllowGlob(parseToolRule("mcp__*"))).toBe(true);
    expect(hasIgnoredAllowGlob(parseToolRule("mcp__github__*"))).toBe(false);
    expect(hasIgnoredAllowGlob(parseToolRule("Bash(*)"))).toBe(false);
  });
});
