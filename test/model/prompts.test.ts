import { describe, expect, it } from "vitest";
import { promptValues } from "../../src/model/prompts.js";
import { agent, arr, obj, oneOf, str, unknown } from "./build-values.js";

function labelled(values: ReturnType<typeof promptValues>) {
  return values.map((p) => ({ label: p.label, text: p.value.kind === "string" ? p.value.value : p.value.kind, when: p.when }));
}

describe("promptValues", () => {
  it("reads a plain systemPrompt string and the query prompt", () => {
    const spec = agent({ systemPrompt: str("Be brief.") }, { queryPrompts: [str("Fix the bug.")] });
    expect(labelled(promptValues(spec))).toEqual([
      { label: "systemPrompt", text: "Be brief.", when: "" },
      { label: "query prompt", text: "Fix the bug.", when: "" },
    ]);
  });

  it("reads each element of a string array", () => {
    const spec = agent({ systemPrompt: arr(str("One."), str("Two.")) });
    expect(labelled(promptValues(spec)).map((p) => p.label)).toEqual(["systemPrompt[0]", "systemPrompt[1]"]);
  });

  it("reads the custom prompt and the preset append, but not the preset name", () => {
    const custom = agent({ systemPrompt: obj({ type: str("custom"), prompt: arr(str("A."), str("B.")) }) });
    expect(labelled(promptValues(custom)).map((p) => p.label)).toEqual(["systemPrompt.prompt[0]", "systemPrompt.prompt[1]"]);
    const preset = agent({ systemPrompt: obj({ type: str("preset"), preset: str("claude_code"), append: str("Extra.") }) });
    expect(labelled(promptValues(preset))).toEqual([{ label: "systemPrompt.append", text: "Extra.", when: "" }]);
    const file = agent({ system_prompt: obj({ type: str("file"), path: str("prompt.md") }) });
    expect(promptValues(file)).toEqual([]);
  });

  it("reads legacy and snake_case spellings, labelled as written, and AgentDefinition fields", () => {
    const legacy = agent({ customSystemPrompt: str("Custom."), append_system_prompt: str("Appended.") });
    expect(labelled(promptValues(legacy)).map((p) => p.label)).toEqual(["customSystemPrompt", "append_system_prompt"]);
    const definition = agent(
      { description: str("Reviews code"), prompt: str("You review."), initialPrompt: str("Start.") },
      { kind: "agent-definition", name: "reviewer" },
    );
    expect(labelled(promptValues(definition)).map((p) => p.label)).toEqual(["prompt", "initialPrompt", "description"]);
  });

  it("flattens alternatives with their conditions and keeps unknown values for rules to skip", () => {
    const spec = agent({
      systemPrompt: oneOf([str("Admin."), 'role is "admin"'], [obj({ type: str("preset"), append: str("User.") }), 'role is "user"']),
      prompt: unknown(),
    });
    expect(labelled(promptValues(spec))).toEqual([
      { label: "systemPrompt", text: "Admin.", when: 'role is "admin"' },
      { label: "systemPrompt.append", text: "User.", when: 'role is "user"' },
      { label: "prompt", text: "unknown", when: "" },
    ]);
  });
});
