/** Python agent code: `.py` files; the tree-sitter grammar initialises asynchronously. */
import { createRequire } from "node:module";
import { extensionOf, type Extractor, type Language } from "../language.js";

const WORDS = [
  "claude_agent_sdk",
  "claude_code_sdk",
  "ClaudeAgentOptions",
  "ClaudeCodeOptions",
  "ClaudeSDKClient",
  "AgentDefinition",
  "allowed_tools",
  "permission_mode",
  "max_turns",
  "system_prompt",
];
/**
 * A run of the CLI, or of a container engine (`docker run`), needs the program's name (any
 * case: `CLAUDE_BIN`) and one of the launching APIs.
 */
const LAUNCHERS = ["subprocess", "system", "popen", "exec", "spawn"];
const LAUNCHED_PROGRAMS = ["claude", "docker", "podman"];
/** A prefix path check needs the comparison and one of the resolving calls. */
const RESOLVERS = ["realpath", "abspath", "resolve"];

const require = createRequire(import.meta.url);

interface PythonModule {
  readonly extractPython: Extractor;
  preparePython(): Promise<void>;
}

export const pythonLanguage: Language = {
  name: "Python",
  kinds: ["python"],
  classify(path) {
    return extensionOf(path) === ".py" ? "python" : undefined;
  },
  globs: { files: ["**/*.py"] },
  mightMatter(_kind, text) {
    if (WORDS.some((word) => text.includes(word))) return true;
    if (LAUNCHERS.some((word) => text.includes(word))) {
      const lower = text.toLowerCase();
      if (LAUNCHED_PROGRAMS.some((program) => lower.includes(program))) return true;
    }
    // A container started with docker-py: `client.containers.run(…)` on a client of `docker`.
    if (text.includes("containers.") && text.includes("docker")) return true;
    return text.includes("startswith") && RESOLVERS.some((word) => text.includes(word));
  },
  load() {
    // Extraction needs the grammar, which only `prepare` can load: this fails clearly without it.
    return (require("./index.js") as PythonModule).extractPython;
  },
  async prepare() {
    const module = (await import("./index.js")) as PythonModule;
    await module.preparePython();
    return module.extractPython;
  },
};
