/** TypeScript and JavaScript agent code: by extension; declaration files are never read. */
import { createRequire } from "node:module";
import type { InputKind } from "../../core/types.js";
import { baseName, extensionOf, type Extractor, type Language } from "../language.js";

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  ".ts": "typescript",
  ".tsx": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".js": "javascript",
  ".jsx": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
};

/** Declaration files describe types only; no agent is ever built in one. */
const DECLARATION = /\.d\.[cm]?ts$/;

const WORDS = [
  "@anthropic-ai/claude-",
  "AgentDefinition",
  "allowedTools",
  "permissionMode",
  "maxTurns",
  "systemPrompt",
  "mcpServers",
  "canUseTool",
  "disallowedTools",
];
/**
 * A run of the CLI, or of a container engine (`docker run`), needs the program's name (any
 * case: `CLAUDE_BIN`) and one of the launching APIs.
 */
// "$`" is a template tag that runs a command (zx, Bun Shell, execa), also as `Bun.$` or `$.sync`.
const LAUNCHERS = ["spawn", "exec", "Command", "fork", "Deno.run", "$`"];
const LAUNCHED_PROGRAMS = ["claude", "docker", "podman"];
/** A prefix path check needs the comparison and one of the resolving calls. */
const RESOLVERS = ["resolve", "realpath"];

const require = createRequire(import.meta.url);

export const typescriptLanguage: Language = {
  name: "TypeScript/JavaScript",
  kinds: ["typescript", "javascript"],
  classify(path) {
    if (DECLARATION.test(baseName(path))) return undefined;
    return BY_EXTENSION[extensionOf(path)];
  },
  // Declaration files are matched here too: `classify` leaves them out.
  globs: { files: [`**/*.{${Object.keys(BY_EXTENSION).map((extension) => extension.slice(1)).join(",")}}`] },
  mightMatter(_kind, text) {
    if (WORDS.some((word) => text.includes(word))) return true;
    if (LAUNCHERS.some((word) => text.includes(word))) {
      const lower = text.toLowerCase();
      if (LAUNCHED_PROGRAMS.some((program) => lower.includes(program))) return true;
    }
    // A container started with dockerode: the client is imported here or handed in typed with it.
    if (text.includes("dockerode") || (text.includes("createContainer") && text.toLowerCase().includes("docker"))) return true;
    return text.includes("startsWith") && RESOLVERS.some((word) => text.includes(word));
  },
  load() {
    return (require("./index.js") as { extractTypeScript: Extractor }).extractTypeScript;
  },
  async prepare() {
    return ((await import("./index.js")) as { extractTypeScript: Extractor }).extractTypeScript;
  },
};
