/** require-max-turns on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "require-max-turns";

function positions(code: string, files: Record<string, string> = {}, filename = "agent.py") {
  return findingsOf(RULE, code, { filename, files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags max_turns=0", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"], max_turns=0)\n";
    expect(positions(code)).toEqual([[2, 53, 2, 54, "zero"]]);
  });

  it("flags a missing max_turns", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nopts = ClaudeAgentOptions(tools=[\"Read\"])\n";
    expect(positions(code)).toEqual([[2, 8, 2, 42, "missing"]]);
  });

  it("flags a branch above the maximum", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\ndef build(debug):\n    return ClaudeAgentOptions(tools=[\"Read\"], max_turns=200 if debug else 10)\n";
    expect(positions(code)).toEqual([[3, 57, 3, 60, "tooMany"]]);
  });

  it("accepts a bound and an unknown value", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nimport os\na = ClaudeAgentOptions(tools=[\"Read\"], max_turns=30)\nb = ClaudeAgentOptions(tools=[\"Read\"], max_turns=int(os.environ[\"TURNS\"]))\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a limit imported from another module", () => {
    const code = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient, query\nfrom limits import TURNS\nopts = ClaudeAgentOptions(tools=[\"Read\"], max_turns=TURNS)\n";
    expect(positions(code, {"limits.py": "TURNS = 75\n"})).toEqual([[3, 43, 3, 52, "tooMany"]]);
  });

  it("names the branch in the message", () => {
    const code = "from claude_agent_sdk import ClaudeAgentOptions\ndef build(debug):\n    return ClaudeAgentOptions(tools=[\"Read\"], max_turns=200 if debug else 10)\n";
    const [finding] = findingsOf(RULE, code, { filename: "agent.py" });
    expect(finding?.message).toMatch(/\(when debug is true\)\.$/);
  });

  it("names a subagent by its key, or \"this subagent\" when several keys share one definition", () => {
    const header = "from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions\ndef make(n):\n    return AgentDefinition(description=n, prompt=n, tools=['Read'])\n";
    const messages = (agents: string) => findingsOf(RULE, `${header}opts = ClaudeAgentOptions(tools=['Agent'], agents=${agents})\n`, { filename: "agent.py" }).map((f) => f.message);
    expect(messages("{'scout': make('scout')}")).toContainEqual(expect.stringMatching(/^Subagent "scout" sets no `maxTurns`/));
    expect(messages("{k: make(k) for k in ['scout', 'critic']}")).toContainEqual(expect.stringMatching(/^This subagent sets no `maxTurns`/));
  });

  it("judges options passed through an adapter class at the use that passes them", () => {
    const adapter = "from claude_agent_sdk import ClaudeAgentOptions\nclass Adapter:\n    def __init__(self, turns=10):\n        self.turns = turns\n    def options(self):\n        return ClaudeAgentOptions(tools=['Read'], max_turns=self.turns)\n";
    expect(positions("from adapter import Adapter\nslow = Adapter(turns=100000)\nfast = Adapter(turns=5)\n", { "adapter.py": adapter }, "main.py")).toEqual([[2, 22, 2, 28, "tooMany"]]);
  });
});
