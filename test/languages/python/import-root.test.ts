import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeFilesSync } from "../../../src/analysis/analyze.js";
import { presetRules } from "../../../src/analysis/effective-rules.js";
import { prepareLanguages } from "../../helpers/lint-source.js";

const PROJECT = path.resolve("/checkouts/service");
const FILES: Record<string, string> = {
  "app/__init__.py": "",
  "app/roles.py": 'TOOLS = ["Read", "Bash"]\n',
  "app/agent.py": `from claude_agent_sdk import ClaudeAgentOptions
from app.roles import TOOLS

options = ClaudeAgentOptions(allowed_tools=TOOLS, max_turns=5, cwd="/srv/app")
`,
};

function ruleIdsScannedFrom(cwd: string): string[] {
  const absolute = (relative: string) => path.join(PROJECT, relative);
  const agent = absolute("app/agent.py");
  const result = analyzeFilesSync(
    [{ path: path.relative(cwd, agent).split(path.sep).join("/"), absolutePath: agent, text: FILES["app/agent.py"]!, kind: "python" }],
    {
      cwd,
      rulesFor: () => presetRules("recommended"),
      readFile: (file) => Object.entries(FILES).find(([relative]) => absolute(relative) === file)?.[1],
    },
  );
  return result.findings.map((finding) => finding.ruleId);
}

describe("Python package-local imports", () => {
  beforeAll(prepareLanguages);

  it("resolve the same whatever directory the scan runs in", () => {
    const fromProject = ruleIdsScannedFrom(PROJECT);
    expect(fromProject).toContain("no-unscoped-bash");
    expect(ruleIdsScannedFrom(path.resolve("/somewhere/else"))).toEqual(fromProject);
  });
});
