/**
 * Seccomp profiles: every `.json` file no earlier front end claimed (`.claude/settings.json`,
 * `.mcp.json` are read by their own). The pre-filter keeps only files that name both fields
 * every profile has, so `package.json` and other JSON cost one substring test.
 */
import { createRequire } from "node:module";
import { extensionOf, type Extractor, type Language } from "../language.js";

const require = createRequire(import.meta.url);

export const seccompLanguage: Language = {
  name: "seccomp profile",
  kinds: ["seccomp"],
  recognisedByContent: true,
  classify(path) {
    return extensionOf(path) === ".json" ? "seccomp" : undefined;
  },
  globs: { files: ["**/*.json"] },
  mightMatter(_kind, text) {
    return text.includes("defaultAction") && text.includes("syscalls");
  },
  load() {
    return (require("./index.js") as { extractSeccomp: Extractor }).extractSeccomp;
  },
  async prepare() {
    return ((await import("./index.js")) as { extractSeccomp: Extractor }).extractSeccomp;
  },
};
