import { describe, expect, it } from "vitest";
import { findingsOf } from "../../helpers/lint-source.js";
import { extract, optionsOf } from "./extract.js";

const SDK = `"@anthropic-ai/claude-agent-sdk"`;

/**
 * Five conditional spreads make 32 object-level alternatives (the cap); the spreads after them
 * can branch no further, and `tail` is spliced in after those five.
 */
function handler(tail: string): string {
  return `import { query } from ${SDK};
export function start(body: { a?: string; b?: string; c?: string; d?: string; e?: string; f?: string[]; mode?: string }) {
  const mode = body.mode ?? "bypassPermissions";
  return query({
    prompt: "go",
    options: {
      permissionMode: mode as "default" | "bypassPermissions",
      maxTurns: 10,
      ...(body.a && { model: body.a }),
      ...(body.b && { fallbackModel: body.b }),
      ...(body.c && { resume: body.c }),
      ...(body.d && { cwd: body.d }),
      ...(body.e && { effort: body.e }),
      ${tail}
    },
  });
}
`;
}

describe("conditional spreads beyond the alternatives cap", () => {
  it("keep the object closed: each key the spread may write becomes a one-of with an unset branch", () => {
    const agents = extract(handler("...(body.f && { disallowedTools: body.f }),")).agents;
    expect(agents).toHaveLength(32);
    const options = optionsOf(agents[0]) as Record<string, unknown>;
    expect(options["..."]).toBeUndefined();
    expect(options["disallowedTools"]).toEqual({
      oneOf: [
        { when: "body.f", value: "<parameter:body>" },
        { when: "not body.f", value: null },
      ],
    });
  });

  it("keep an earlier value for the branch where the spread does not write the key", () => {
    const agents = extract(handler(`maxBudgetUsd: 1,\n      ...(body.f ? { maxBudgetUsd: 5 } : {}),`)).agents;
    const options = optionsOf(agents[0]) as Record<string, unknown>;
    expect(options["maxBudgetUsd"]).toEqual({ oneOf: [{ when: "body.f", value: 5 }, { when: "not body.f", value: 1 }] });
  });

  it("let rules see that no spread sets `tools`, so a bypass branch with every tool is reported", () => {
    const findings = findingsOf("no-exfiltration-combo", handler("...(body.f && { disallowedTools: body.f }),"));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.message.includes("body.mode is unset"))).toBe(true);
  });

  it("still give up on a spread of an unknown object, which may set any key", () => {
    const agents = extract(handler("...(body.f ? body.extra : {}),")).agents;
    expect((optionsOf(agents[0]) as Record<string, unknown>)["..."]).toBe("open");
    expect(findingsOf("no-exfiltration-combo", handler("...(body.f ? body.extra : {}),"))).toEqual([]);
  });
});
