/** no-exfiltration-combo on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-exfiltration-combo";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags WebFetch with Bash", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"WebFetch\", \"Bash\"])\n";
    expect(positions(code)).toEqual([[2, 42, 2, 52, "combo"]]);
  });

  it("accepts a read-only research set", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"WebFetch\", \"Read\", \"Grep\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("accepts WebFetch with a non-network Bash scope", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(allowed_tools=[\"WebFetch\", \"Bash(npm test)\"])\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a combination built across modules", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom net import NET\nopts = ClaudeAgentOptions(tools=NET + [\"Write\"])\n";
    expect(positions(code, {"net.py": "NET = [\"WebSearch\"]\n"})).toEqual([[3, 27, 3, 32, "combo"]]);
  });
});
