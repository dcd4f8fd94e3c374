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

  describe("files shipped with the program", () => {
    const prelude = "import importlib.resources\nimport os\nfrom pathlib import Path\nfrom claude_agent_sdk import ClaudeAgentOptions\nHERE = os.path.dirname(os.path.abspath(__file__))\nPROMPTS = Path(__file__).parent / \"prompts\"\n";

    it("does not report a prompt template read from next to the module", () => {
      const cases = [
        'open(os.path.join(os.path.dirname(__file__), "prompt.md")).read()',
        '(Path(__file__).parent / "prompts" / "system.md").read_text()',
        'Path(__file__).with_name("system.md").read_text(encoding="utf-8")',
        'Path(__file__).resolve().parents[1].joinpath("system.md").read_text()',
        'importlib.resources.files(__package__).joinpath("system.md").read_text()',
        'importlib.resources.read_text(__package__, "system.md")',
        'open(f"{HERE}/prompts/system.md").read()',
        '(PROMPTS / "system.md").read_text()',
      ];
      for (const read of cases) {
        const code = `${prelude}def build():\n    template = ${read}\n    return ClaudeAgentOptions(system_prompt=template + "\\nTask: triage")\n`;
        expect(positions(code), read).toEqual([]);
      }
    });

    it("reads the template through `with open(...) as f` next to the module", () => {
      const code = `${prelude}def build(context):\n    path = os.path.join(os.path.dirname(__file__), "prompts", "system.md")\n    with open(path) as f:\n        template = f.read()\n    return ClaudeAgentOptions(system_prompt="Rules:\\n" + template)\n`;
      expect(positions(code)).toEqual([]);
    });

    it("still reports files named relative to the working directory or by input", () => {
      const cases = [
        'open("prompt.md").read()',
        'Path("prompts/system.md").read_text()',
        'open(os.path.join(os.getcwd(), "prompt.md")).read()',
        'open(os.path.join(os.path.dirname(__file__), name)).read()',
        '(Path(__file__).parent / name).read_text()',
        'importlib.resources.files(name).joinpath("x.md").read_text()',
      ];
      for (const read of cases) {
        const code = `${prelude}def build(name):\n    content = ${read}\n    return ClaudeAgentOptions(system_prompt="Summarise: " + content)\n`;
        expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => f.messageId), read).toEqual(["undelimited"]);
      }
    });

    it("does not treat a rebound `__file__` as the module location", () => {
      const code = `${prelude}def build(__file__):\n    content = open(os.path.join(os.path.dirname(__file__), "x.md")).read()\n    return ClaudeAgentOptions(system_prompt="Summarise: " + content)\n`;
      expect(findingsOf(RULE, code, { filename: "agent.py" }).map((f) => f.messageId)).toEqual(["undelimited"]);
    });
  });
});
