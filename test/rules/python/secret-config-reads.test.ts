/** Credentials read from secret-named config keys into prompts (synthesized, minimal). */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

describe("no-secrets-in-prompt: literals read from secret-named keys", () => {
  it("flags a credential-shaped literal read from a secret-named key or attribute into a prompt", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
class Settings:
    api_key = "Zq8rT2mX9pLw4vKe7"
CONFIG = {"password": "hT9x2LqP7vZr4mNs"}
a = ClaudeAgentOptions(system_prompt=f"Log in with {CONFIG['password']}", allowed_tools=["Read"])
b = ClaudeAgentOptions(system_prompt="Key: " + Settings.api_key, allowed_tools=["Read"])
c = ClaudeAgentOptions(system_prompt="Use {password}".format(**CONFIG), allowed_tools=["Read"])
`;
    const findings = findingsOf("no-secrets-in-prompt", code, { filename: "agent.py" });
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [5, 53],
      [6, 48],
      [7, 64],
    ]);
    expect(findings[0]?.message).toContain("the config key password");
    expect(findings.some((f) => f.message.includes("hT9x2LqP7vZr4mNs"))).toBe(false);
  });

  it("does not flag placeholders, short words, non-secret keys or the same literal kept out of text", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
CONFIG = {"token": "changeme", "api_key": "your-api-key-here", "region": "hT9x2LqP7vZr4mNs", "password": "hunter2"}
a = ClaudeAgentOptions(system_prompt=f"{CONFIG['token']} {CONFIG['api_key']} {CONFIG['region']} {CONFIG['password']}", allowed_tools=["Read"])
`;
    expect(findingsOf("no-secrets-in-prompt", code, { filename: "agent.py" })).toEqual([]);
  });

  it("resolves the config from another module", () => {
    const code = `from claude_agent_sdk import ClaudeAgentOptions
from settings import SECRETS
a = ClaudeAgentOptions(system_prompt="Token: %(github_token)s" % SECRETS, allowed_tools=["Read"])
`;
    const files = { "settings.py": `SECRETS = {"github_token": "q7Lm2Xv9Rt4Kp8Zw3N"}\n` };
    expect(findingsOf("no-secrets-in-prompt", code, { filename: "agent.py", files }).map((f) => f.line)).toEqual([3]);
  });
});
