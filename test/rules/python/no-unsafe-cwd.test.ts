/** no-unsafe-cwd on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-unsafe-cwd";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags the filesystem root", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(cwd=\"/\")\n";
    expect(positions(code)).toEqual([[2, 31, 2, 34, "unsafe"]]);
  });

  it("flags the home directory", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom pathlib import Path\nopts = ClaudeAgentOptions(cwd=Path.home())\n";
    expect(positions(code)).toEqual([[3, 31, 3, 42, "unsafe"]]);
  });

  it("flags /etc in add_dirs", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(cwd=\"/srv/app\", add_dirs=[\"/etc\"])\n";
    expect(positions(code)).toEqual([[2, 53, 2, 59, "unsafe"]]);
  });

  it("accepts a project directory below home", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\nopts = ClaudeAgentOptions(cwd=os.path.join(os.path.expanduser(\"~\"), \"src\", \"app\"))\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a root from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom paths import ROOT\nopts = ClaudeAgentOptions(cwd=ROOT)\n";
    expect(positions(code, {"paths.py": "ROOT = \"/root\"\n"})).toEqual([[3, 27, 3, 30, "unsafe"]]);
  });
});
