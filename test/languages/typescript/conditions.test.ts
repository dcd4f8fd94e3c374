import { describe, expect, it } from "vitest";
import { negate } from "../../../src/languages/typescript/conditions.js";
import { extract } from "./extract.js";

describe("conditions", () => {
  it("negates the phrasings it produces", () => {
    expect(negate("isAdmin")).toBe("not isAdmin");
    expect(negate("not isAdmin")).toBe("isAdmin");
    expect(negate(`role is "admin"`)).toBe(`role is not "admin"`);
    expect(negate(`role is not "admin"`)).toBe(`role is "admin"`);
    expect(negate("TOOLS is set")).toBe("TOOLS is unset");
    expect(negate("TOOLS is unset")).toBe("TOOLS is set");
    expect(negate("isAdmin && debug")).toBe("not (isAdmin && debug)");
    expect(negate("not (isAdmin && debug)")).toBe("isAdmin && debug");
  });

  it("names branches after the source conditions", () => {
    const agents = extract(`import { query } from "@anthropic-ai/claude-agent-sdk";
export function run(user: { admin: boolean }, debug: boolean) {
  return query({ prompt: "x", options: { ...(user.admin && debug ? { permissionMode: "acceptEdits" } : {}), ...(process.env.MODE !== "safe" ? {} : { maxTurns: 1 }) } });
}`).agents;
    expect(agents.map((agent) => agent.when)).toEqual([
      `user.admin && debug and process.env.MODE is not "safe"`,
      `user.admin && debug and process.env.MODE is "safe"`,
      `not (user.admin && debug) and process.env.MODE is not "safe"`,
      `not (user.admin && debug) and process.env.MODE is "safe"`,
    ]);
  });
});
