/** no-untrusted-prompt-content on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-untrusted-prompt-content";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags a network response concatenated into the prompt", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport requests\nopts = ClaudeAgentOptions(system_prompt=\"Summarise: \" + requests.get(\"https://x\").text)\n";
    expect(positions(code)).toEqual([[3, 57, 3, 87, "undelimited"]]);
  });

  it("flags stdin in a query prompt", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nasync def main():\n    async for m in query(prompt=f\"Do: {input()}\"):\n        pass\n";
    expect(positions(code)).toEqual([[3, 40, 3, 47, "undelimited"]]);
  });

  it("accepts delimited and sanitized content", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport requests, html\npage = requests.get(\"https://x\").text\na = ClaudeAgentOptions(system_prompt=f\"<data>{page}</data>\")\nb = ClaudeAgentOptions(system_prompt=\"S: \" + html.escape(page))\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts a parameter (a user-typed task)", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\ndef build(task):\n    return ClaudeAgentOptions(system_prompt=\"Task: \" + task)\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags file content read in another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom loader import NOTES\nopts = ClaudeAgentOptions(system_prompt=\"Notes: \" + NOTES)\n";
    expect(positions(code, {"loader.py": "from pathlib import Path\nNOTES = Path(\"notes.md\").read_text()\n"})).toEqual([[3, 53, 3, 58, "undelimited"]]);
  });
});
