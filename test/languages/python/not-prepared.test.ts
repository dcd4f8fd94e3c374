import { expect, it } from "vitest";
import { extractPython } from "../../../src/languages/python/index.js";

it("throws a clear error when the parser was not prepared", () => {
  const file = { path: "agent.py", absolutePath: "/virtual-project/agent.py", text: "x = 1\n", kind: "python" as const };
  expect(() => extractPython(file, { cwd: "/virtual-project", readFile: () => undefined })).toThrow(/call preparePython\(\)/);
});
