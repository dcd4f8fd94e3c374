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

describe("Python packages that import their own submodules", () => {
  beforeAll(prepareLanguages);

  function ruleIds(files: Record<string, string>, entry: string): { rules: string[]; notices: string[] } {
    const root = path.resolve("/checkouts/cycles");
    const absolute = (relative: string) => path.join(root, relative);
    const result = analyzeFilesSync([{ path: entry, absolutePath: absolute(entry), text: files[entry]!, kind: "python" }], {
      cwd: root,
      rulesFor: () => presetRules("recommended"),
      readFile: (file) => Object.entries(files).find(([relative]) => absolute(relative) === file)?.[1],
    });
    return { rules: result.findings.map((finding) => finding.ruleId), notices: result.notices.map((notice) => notice.message) };
  }

  const AGENT = `from claude_agent_sdk import ClaudeAgentOptions
from services import tools

options = ClaudeAgentOptions(allowed_tools=tools.TOOLS, max_turns=5, cwd="/srv/app")
`;

  it("read `from . import sub` in __init__.py as the submodule", () => {
    const files = { "services/__init__.py": "from . import tools\n", "services/tools.py": 'TOOLS = ["Read", "Bash"]\n', "main.py": AGENT };
    expect(ruleIds(files, "main.py")).toEqual({ rules: expect.arrayContaining(["no-unscoped-bash"]), notices: [] });
  });

  it("stop at modules that import a name from each other, with no finding and no notice", () => {
    const files = {
      "services/__init__.py": "from services.a import tools\n",
      "services/a.py": "from services.b import tools\n",
      "services/b.py": "from services.a import tools\n",
      "main.py": AGENT,
    };
    expect(ruleIds(files, "main.py")).toEqual({ rules: [], notices: [] });
  });
});
