/**
 * Inputs that make a value resolver work hard, for the stress tests (test/stress/) and the
 * benchmark: each is a small in-memory project whose `entry` file is analysed. They are the
 * shapes behind the issue "a gate that hangs is worse than none": a settings class that
 * assembles its agent's options from a dozen helpers, conditional list extensions and dict
 * merges; long helper chains; many sequential `if` blocks; very long modules; deep nesting;
 * import cycles; huge literal maps; and calls that fan out with new arguments at each level.
 */

export type StressLanguage = "python" | "typescript";

export interface StressInput {
  /** Short identifier, e.g. `python/settings-class`. */
  readonly name: string;
  readonly language: StressLanguage;
  /** What the input exercises. */
  readonly description: string;
  /** The project's files by path relative to its root (posix separators). */
  readonly files: Readonly<Record<string, string>>;
  /** The file analysed; the others are only read through its imports. */
  readonly entry: string;
}

/** Every stress input, in a stable order. */
export function stressInputs(): StressInput[] {
  return [
    pythonSettingsClass(),
    typescriptSettingsClass(),
    pythonHelperChain(50),
    typescriptHelperChain(50),
    pythonSequentialIfs(30),
    typescriptSequentialIfs(30),
    pythonLongModule(5000),
    typescriptLongModule(5000),
    pythonDeepNesting(),
    typescriptDeepNesting(),
    pythonImportCycle(),
    typescriptImportCycle(),
    pythonHugeMap(5000),
    typescriptHugeMap(5000),
    pythonHugeMapUnknownKey(5000),
    pythonFanOut(40),
    typescriptFanOut(40),
  ];
}

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

// ── a settings class that assembles its options (the shape of the issue) ─────────────────

/**
 * A workspace settings class: `build_options` reads settings through a dozen helpers that call
 * one another (the project config is loaded by several of them), merges dicts with a recursive
 * `_merge`, normalises a config with a long `if`/`elif` cascade, extends `allowed_tools` under
 * conditions and builds `ClaudeAgentOptions(**options_kwargs)`.
 */
export function pythonSettingsClass(): StressInput {
  const normalisedKeys = ["profile", "search_profile", "chart_profile", "speech_profile", "template", "language", "editor", "theme", "region", "channel", "locale", "format"];
  const normalise = normalisedKeys
    .map(
      (key) => `        raw_${key} = normalized.get("${key}")
        if raw_${key} is None:
            normalized["${key}"] = BASE_SETTINGS["${key}"]
        elif isinstance(raw_${key}, str):
            cleaned = raw_${key}.strip()
            if not cleaned or cleaned.lower() == "none":
                normalized["${key}"] = BASE_SETTINGS["${key}"]
            else:
                normalized["${key}"] = cleaned
        else:
            normalized["${key}"] = BASE_SETTINGS["${key}"]
`,
    )
    .join("");
  const features = ["search", "charts", "speech", "mail", "calendar"];
  const enabled = features
    .map(
      (feature) => `    def _${feature}_enabled(self, config: Dict[str, Any]) -> bool:
        value = config.get("${feature}_profile")
        if not value:
            return False
        return self._profile_has_key(self._section("${feature}_profiles").get(value, {}), "api_key")
`,
    )
    .join("\n");
  const extensions = features
    .map(
      (feature) => `        if ${feature}_on:
            if allowed_tools is not None:
                allowed_tools.extend(${feature.toUpperCase()}_TOOLS)
            tools.extend(make_${feature}_tools(self.root, self))
`,
    )
    .join("");
  const entry = `from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Optional

from claude_agent_sdk import ClaudeAgentOptions, create_sdk_mcp_server

from .tool_names import ${features.map((feature) => `${feature.toUpperCase()}_TOOLS`).join(", ")}, NOTES_TOOLS
from .tool_factories import ${features.map((feature) => `make_${feature}_tools`).join(", ")}, make_notes_tools

VERSION = "3.1.4"

BASE_SETTINGS: Dict[str, Any] = {
${normalisedKeys.map((key, index) => `    "${key}": ${index % 3 === 0 ? "None" : `"default-${key}"`},`).join("\n")}
    "learn": True,
    "permissions": {},
    "plugins": [],
}
SECTION_KEYS = ("defaults", ${features.map((feature) => `"${feature}_profiles"`).join(", ")}, "model_profiles")


@dataclass
class ResolvedSettings:
    endpoint: Optional[str]
    token: Optional[str]
    model: Optional[str]
    fast_model: Optional[str]
    timeout_ms: Optional[int]
    quiet: bool
    profile: Optional[str]
    search_profile: Optional[str]


class WorkspaceSettings:
    """Reads the workspace and global settings and builds the agent's options."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root = root
        self.home = home
        self.project_file = root / ".assistant" / "settings.json"
        self.global_file = home / ".assistant" / "global.json"

    def _read_json(self, path: Path) -> Dict[str, Any]:
        if not path.exists():
            return {}
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            return {}

    def _template(self, name: str) -> Dict[str, Any]:
        parsed = self._read_json(self.home / "templates" / name)
        return parsed if isinstance(parsed, dict) else {}

    def _merge(self, base: Dict[str, Any], override: Dict[str, Any]) -> Dict[str, Any]:
        if not override:
            return dict(base)
        merged: Dict[str, Any] = dict(base)
        for key, value in override.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = self._merge(merged[key], value)
            else:
                merged[key] = value
        return merged

    def _global_config(self) -> Dict[str, Any]:
        data = self._read_json(self.global_file)
        if not isinstance(data, dict):
            return {}
        return self._clean_global(data)

    def _clean_global(self, data: Dict[str, Any]) -> Dict[str, Any]:
        cleaned = dict(data)
        for key in SECTION_KEYS:
            value = cleaned.get(key)
            if value is None:
                continue
            if not isinstance(value, dict):
                cleaned.pop(key, None)
                continue
            if key == "defaults":
                cleaned[key] = value
            else:
                kept: Dict[str, Any] = {}
                for name, entry in value.items():
                    if isinstance(entry, dict):
                        kept[name] = entry
                cleaned[key] = kept
        return cleaned

    def _section(self, key: str) -> Dict[str, Any]:
        section = self._global_config().get(key, {})
        return section if isinstance(section, dict) else {}

    def _global_defaults(self) -> Dict[str, Any]:
        defaults = self._section("defaults")
        cleaned = dict(defaults)
        cleaned.pop("permissions", None)
        return cleaned

    def _defaults(self) -> Dict[str, Any]:
        return self._merge(dict(BASE_SETTINGS), self._template("defaults.json"))

    def project_config(self) -> Dict[str, Any]:
        data = self._read_json(self.project_file)
        defaults = self._defaults()
        global_defaults = self._global_defaults()
        if self.project_file.exists() and "plugins" not in data:
            global_defaults = dict(global_defaults)
            global_defaults.pop("plugins", None)
        merged = self._merge(defaults, global_defaults)
        merged = self._merge(merged, data)
        return self._normalize(merged)

    def _normalize(self, data: Dict[str, Any]) -> Dict[str, Any]:
        normalized = dict(data) if data else {}
${normalise}        raw_learn = normalized.get("learn")
        if raw_learn is None:
            normalized["learn"] = BASE_SETTINGS["learn"]
        elif isinstance(raw_learn, str):
            normalized["learn"] = raw_learn.strip().lower() in {"1", "true", "yes", "on"}
        else:
            normalized["learn"] = bool(raw_learn)
        return normalized

    def _profile_has_key(self, entry: Any, key: str) -> bool:
        if not isinstance(entry, dict):
            return False
        value = entry.get(key)
        return isinstance(value, str) and bool(value.strip()) and "replace" not in value.lower()

    def _model_profile(self, name: Optional[str]) -> Dict[str, Any]:
        if not name or name.strip().lower() == "default":
            return {}
        profiles = self._section("model_profiles")
        chosen = profiles.get(name, {})
        if not isinstance(chosen, dict):
            return {}
        return {
            "endpoint": chosen.get("ENDPOINT") or chosen.get("endpoint"),
            "token": chosen.get("TOKEN") or chosen.get("token"),
            "model": chosen.get("MODEL") or chosen.get("model"),
            "fast_model": chosen.get("FAST_MODEL") or chosen.get("fast_model"),
            "timeout_ms": chosen.get("TIMEOUT_MS") or chosen.get("timeout_ms"),
        }

    def _environment(self) -> Dict[str, Any]:
        return {
            "endpoint": os.getenv("ASSISTANT_ENDPOINT"),
            "token": os.getenv("ASSISTANT_TOKEN"),
            "model": os.getenv("ASSISTANT_MODEL"),
            "fast_model": os.getenv("ASSISTANT_FAST_MODEL"),
            "timeout_ms": self._to_int(os.getenv("ASSISTANT_TIMEOUT_MS")),
            "quiet": self._to_bool(os.getenv("ASSISTANT_QUIET")),
        }

    def _to_bool(self, value: Optional[str]) -> bool:
        return bool(value) and value.strip().lower() in {"1", "true", "yes"}

    def _to_int(self, value: Optional[str]) -> Optional[int]:
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            return None

    def settings(self) -> ResolvedSettings:
        project = self.project_config()
        profile_name = project.get("profile")
        profile = self._model_profile(profile_name)
        search_name = project.get("search_profile")
        if search_name and not self._section("search_profiles").get(search_name):
            search_name = None
        environment = self._environment()
        merged: Dict[str, Any] = {}
        merged.update(profile)
        merged.update(project.get("model", {}))
        resolved = {
            "endpoint": merged.get("endpoint") or environment.get("endpoint"),
            "token": merged.get("token") or environment.get("token"),
            "model": merged.get("model") or environment.get("model"),
            "fast_model": merged.get("fast_model") or environment.get("fast_model"),
            "timeout_ms": merged.get("timeout_ms") or environment.get("timeout_ms"),
            "quiet": bool(merged.get("quiet") if merged.get("quiet") is not None else environment.get("quiet")),
            "profile": profile_name,
            "search_profile": search_name,
        }
        return ResolvedSettings(**resolved)

${enabled}
    def _plugins(self, config: Dict[str, Any]) -> list[Path]:
        raw = (config or {}).get("plugins")
        if raw is None:
            return []
        entries = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        found: list[Path] = []
        for entry in entries:
            path = Path(entry).expanduser()
            if path.exists():
                found.append(path)
        return found

    def _build_env(self, settings: ResolvedSettings) -> Dict[str, str]:
        env: Dict[str, str] = {}
        if settings.endpoint:
            env["ASSISTANT_ENDPOINT"] = settings.endpoint
        if settings.token:
            env["ASSISTANT_TOKEN"] = settings.token
        if settings.model:
            env["ASSISTANT_MODEL"] = settings.model
        if settings.fast_model:
            env["ASSISTANT_FAST_MODEL"] = settings.fast_model
        if settings.timeout_ms is not None:
            env["ASSISTANT_TIMEOUT_MS"] = str(settings.timeout_ms)
        env["ASSISTANT_QUIET"] = "1" if settings.quiet else "0"
        return env

    def build_options(self, system_prompt: str, *, can_use_tool=None, permission_mode: str | None = None) -> ClaudeAgentOptions:
        settings = self.settings()
        project = self.project_config()
        env = self._build_env(settings)
${features.map((feature) => `        ${feature}_on = self._${feature}_enabled(project)`).join("\n")}
        plugins = [{"type": "local", "path": str(path)} for path in self._plugins(project)]
        allowed_tools: list[str] | None = None
        if can_use_tool is None:
            allowed_tools = [
                "Read",
                "Write",
                "Edit",
                "Bash",
                "Grep",
                "Glob",
                "Task",
                "WebFetch" if not search_on else None,
                "TodoWrite",
            ]
            allowed_tools = [tool for tool in allowed_tools if tool]
            allowed_tools.extend(NOTES_TOOLS)
        tools = list(make_notes_tools(self.root))
${extensions}        mcp_servers = {"assistant": create_sdk_mcp_server(name="assistant", version=VERSION, tools=tools)}
        fallback_model = settings.fast_model if settings.fast_model and settings.fast_model != settings.model else None
        mode = permission_mode
        if mode is None:
            mode = "default" if can_use_tool else "bypassPermissions"
        options_kwargs = {
            "system_prompt": system_prompt,
            "cwd": str(self.root),
            "model": settings.model,
            "fallback_model": fallback_model,
            "permission_mode": mode,
            "setting_sources": ["project"],
            "env": env,
            "mcp_servers": mcp_servers,
            "can_use_tool": can_use_tool,
            "plugins": plugins,
        }
        if allowed_tools is not None:
            options_kwargs["allowed_tools"] = allowed_tools
        return ClaudeAgentOptions(**options_kwargs)
`;
  return {
    name: "python/settings-class",
    language: "python",
    description: "a settings class whose build_options assembles ClaudeAgentOptions(**options_kwargs) from a dozen helpers, conditional extends and recursive dict merges",
    files: {
      "assistant/config/settings.py": entry,
      "assistant/config/__init__.py": "",
      "assistant/config/tool_names.py": [...features, "notes"].map((feature) => `${feature.toUpperCase()}_TOOLS = ["mcp__assistant__${feature}_read", "mcp__assistant__${feature}_write"]`).join("\n") + "\n",
      "assistant/config/tool_factories.py": [...features, "notes"].map((feature) => `def make_${feature}_tools(root, owner=None):\n    return [root, owner]\n`).join("\n"),
    },
    entry: "assistant/config/settings.py",
  };
}

/** The same shape in TypeScript: a class whose `buildOptions` assembles `Options` through private helpers. */
export function typescriptSettingsClass(): StressInput {
  const keys = ["profile", "searchProfile", "chartProfile", "speechProfile", "template", "language", "editor", "theme", "region", "channel"];
  const features = ["search", "charts", "speech", "mail"];
  const normalise = keys
    .map(
      (key) => `    const raw_${key} = normalized["${key}"];
    if (raw_${key} === undefined || raw_${key} === null) {
      normalized["${key}"] = BASE_SETTINGS["${key}"];
    } else if (typeof raw_${key} === "string") {
      const cleaned = raw_${key}.trim();
      normalized["${key}"] = cleaned && cleaned.toLowerCase() !== "none" ? cleaned : BASE_SETTINGS["${key}"];
    } else {
      normalized["${key}"] = BASE_SETTINGS["${key}"];
    }
`,
    )
    .join("");
  const entry = `import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { query, type Options } from "@anthropic-ai/claude-agent-sdk";
import { ${features.map((feature) => `${feature.toUpperCase()}_TOOLS`).join(", ")}, NOTES_TOOLS } from "./tool-names.js";

type Config = Record<string, unknown>;

const BASE_SETTINGS: Config = {
${keys.map((key, index) => `  ${key}: ${index % 3 === 0 ? "null" : `"default-${key}"`},`).join("\n")}
  learn: true,
  plugins: [],
};
const SECTION_KEYS = ["defaults", ${features.map((feature) => `"${feature}Profiles"`).join(", ")}, "modelProfiles"];

export class WorkspaceSettings {
  constructor(
    private readonly root: string,
    private readonly home: string,
  ) {}

  private readJson(file: string): Config {
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Config;
    } catch {
      return {};
    }
  }

  private merge(base: Config, override: Config): Config {
    if (!override) return { ...base };
    const merged: Config = { ...base };
    for (const [key, value] of Object.entries(override)) {
      const current = merged[key];
      merged[key] = typeof value === "object" && value && typeof current === "object" && current ? this.merge(current as Config, value as Config) : value;
    }
    return merged;
  }

  private globalConfig(): Config {
    const data = this.readJson(path.join(this.home, ".assistant", "global.json"));
    const cleaned: Config = { ...data };
    for (const key of SECTION_KEYS) {
      if (typeof cleaned[key] !== "object") delete cleaned[key];
    }
    return cleaned;
  }

  private section(key: string): Config {
    const value = this.globalConfig()[key];
    return typeof value === "object" && value ? (value as Config) : {};
  }

  private defaults(): Config {
    return this.merge({ ...BASE_SETTINGS }, this.readJson(path.join(this.home, "templates", "defaults.json")));
  }

  projectConfig(): Config {
    const data = this.readJson(path.join(this.root, ".assistant", "settings.json"));
    const merged = this.merge(this.merge(this.defaults(), this.section("defaults")), data);
    return this.normalize(merged);
  }

  private normalize(data: Config): Config {
    const normalized: Config = data ? { ...data } : {};
${normalise}    return normalized;
  }

  private environment(): Config {
    return {
      endpoint: process.env.ASSISTANT_ENDPOINT,
      model: process.env.ASSISTANT_MODEL,
      fastModel: process.env.ASSISTANT_FAST_MODEL,
      quiet: process.env.ASSISTANT_QUIET === "1",
    };
  }

  settings(): Config {
    const project = this.projectConfig();
    const profile = this.section("modelProfiles")[String(project["profile"])] as Config | undefined;
    const environment = this.environment();
    return {
      endpoint: profile?.["endpoint"] ?? environment["endpoint"],
      model: profile?.["model"] ?? environment["model"],
      fastModel: profile?.["fastModel"] ?? environment["fastModel"],
      quiet: environment["quiet"],
      searchProfile: project["searchProfile"],
    };
  }

${features
  .map(
    (feature) => `  private ${feature}Enabled(config: Config): boolean {
    const name = config["${feature}Profile"];
    if (!name) return false;
    const entry = this.section("${feature}Profiles")[String(name)] as Config | undefined;
    return typeof entry?.["apiKey"] === "string" && !String(entry["apiKey"]).includes("replace");
  }
`,
  )
  .join("\n")}
  private buildEnv(settings: Config): Record<string, string> {
    const env: Record<string, string> = {};
    if (settings["endpoint"]) env["ASSISTANT_ENDPOINT"] = String(settings["endpoint"]);
    if (settings["model"]) env["ASSISTANT_MODEL"] = String(settings["model"]);
    env["ASSISTANT_QUIET"] = settings["quiet"] ? "1" : "0";
    return env;
  }

  buildOptions(systemPrompt: string, permissionMode?: Options["permissionMode"]): Options {
    const settings = this.settings();
    const project = this.projectConfig();
    const env = this.buildEnv(settings);
${features.map((feature) => `    const ${feature}On = this.${feature}Enabled(project);`).join("\n")}
    const allowedTools = ["Read", "Write", "Edit", "Bash", "Grep", "Glob", ...NOTES_TOOLS];
${features.map((feature) => `    if (${feature}On) allowedTools.push(...${feature.toUpperCase()}_TOOLS);`).join("\n")}
    const options: Options = {
      systemPrompt,
      cwd: this.root,
      model: settings["model"] as string | undefined,
      permissionMode: permissionMode ?? "bypassPermissions",
      settingSources: ["project"],
      env,
      allowedTools,
    };
    return options;
  }

  run(task: string) {
    return query({ prompt: task, options: this.buildOptions("You maintain this workspace.") });
  }
}
`;
  return {
    name: "typescript/settings-class",
    language: "typescript",
    description: "a settings class whose buildOptions assembles Options through private helpers, recursive merges and conditional pushes",
    files: {
      "src/config/settings.ts": entry,
      "src/config/tool-names.ts": [...features, "notes"].map((feature) => `export const ${feature.toUpperCase()}_TOOLS = ["mcp__assistant__${feature}_read", "mcp__assistant__${feature}_write"];`).join("\n") + "\n",
    },
    entry: "src/config/settings.ts",
  };
}

// ── helper chains and sequential branches ───────────────────────────────────────────────

/** `helper_0` calls `helper_1` … calls `helper_<n-1>`, which returns the options' settings. */
export function pythonHelperChain(length: number): StressInput {
  const helpers = range(length).map((index) =>
    index === length - 1
      ? `def helper_${index}(flag):\n    return {"allowed_tools": ["Read", "Bash"], "permission_mode": "bypassPermissions" if flag else "default"}\n`
      : `def helper_${index}(flag):\n    settings = helper_${index + 1}(flag)\n    return settings\n`,
  );
  return {
    name: `python/helper-chain-${length}`,
    language: "python",
    description: `a chain of ${length} helpers, each calling the next`,
    files: {
      "agent.py": `from claude_agent_sdk import ClaudeAgentOptions\n\n\n${helpers.join("\n\n")}\n\nOPTIONS = ClaudeAgentOptions(max_turns=10, cwd="/srv/work", **helper_0(True))\n`,
    },
    entry: "agent.py",
  };
}

export function typescriptHelperChain(length: number): StressInput {
  const helpers = range(length).map((index) =>
    index === length - 1
      ? `function helper${index}(flag: boolean) {\n  return { allowedTools: ["Read", "Bash"], permissionMode: flag ? "bypassPermissions" : "default" } as const;\n}\n`
      : `function helper${index}(flag: boolean) {\n  const settings = helper${index + 1}(flag);\n  return settings;\n}\n`,
  );
  return {
    name: `typescript/helper-chain-${length}`,
    language: "typescript",
    description: `a chain of ${length} helpers, each calling the next`,
    files: {
      "agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";\n\n${helpers.join("\n")}\nexport const run = (task: string) => query({ prompt: task, options: { maxTurns: 10, cwd: "/srv/work", ...helper0(true) } });\n`,
    },
    entry: "agent.ts",
  };
}

/** `count` sequential `if` blocks, each extending (and one rebinding) the tool list. */
export function pythonSequentialIfs(count: number): StressInput {
  const blocks = range(count).map((index) =>
    index % 2 === 0
      ? `    if flags.get("feature_${index}"):\n        tools.extend(["mcp__tools__feature_${index}"])\n`
      : `    if flags.get("feature_${index}"):\n        tools = tools + ["mcp__tools__feature_${index}"]\n`,
  );
  return {
    name: `python/sequential-ifs-${count}`,
    language: "python",
    description: `${count} sequential if blocks, each extending or rebinding a list`,
    files: {
      "agent.py": `from claude_agent_sdk import ClaudeAgentOptions\n\n\ndef build(flags):\n    tools = ["Read", "Bash"]\n${blocks.join("")}    return ClaudeAgentOptions(allowed_tools=tools, permission_mode="bypassPermissions", max_turns=10, cwd="/srv/work")\n`,
    },
    entry: "agent.py",
  };
}

export function typescriptSequentialIfs(count: number): StressInput {
  const blocks = range(count).map((index) => `  if (flags.feature${index}) tools.push("mcp__tools__feature_${index}");\n`);
  return {
    name: `typescript/sequential-ifs-${count}`,
    language: "typescript",
    description: `${count} sequential if blocks, each pushing onto a list`,
    files: {
      "agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";\n\nexport function run(task: string, flags: Record<string, boolean>) {\n  const tools: string[] = ["Read", "Bash"];\n${blocks.join("")}  return query({ prompt: task, options: { allowedTools: tools, permissionMode: "bypassPermissions", maxTurns: 10, cwd: "/srv/work" } });\n}\n`,
    },
    entry: "agent.ts",
  };
}

// ── long modules ────────────────────────────────────────────────────────────────────────

/**
 * A module of about `lines` lines of settings constants and small helpers (with parameters),
 * importing a second module of the same size; its prompt calls 100 helpers of each.
 */
export function pythonLongModule(lines: number): StressInput {
  const blocks = Math.ceil(lines / 5);
  const used = range(100).map((index) => (index * 7) % blocks);
  const imported = [...new Set(used)].map((index) => `catalog_${index}`);
  const body = (prefix: string): string =>
    range(blocks)
      .map((index) => `${prefix.toUpperCase()}_${index} = {"name": "${prefix}-${index}", "retries": ${index % 7}}\ndef ${prefix}_${index}(value, scale=${index % 5}):\n    label = ${prefix.toUpperCase()}_${index}["name"] + str(value)\n    return label\n`)
      .join("");
  return {
    name: `python/long-module-${lines}`,
    language: "python",
    description: `a ${lines}-line module importing another of the same size, its prompt built by 200 of their helpers`,
    files: {
      "service/agent.py": `from claude_agent_sdk import ClaudeAgentOptions\n\nfrom .catalog import CATALOG_7, ${imported.join(", ")}\n\n${body("local")}\nlabel = " ".join([${used.map((index) => `local_${index}("x"), catalog_${index}("y")`).join(", ")}])\nOPTIONS = ClaudeAgentOptions(allowed_tools=["Read", "Bash"], permission_mode="bypassPermissions", system_prompt=label, max_turns=CATALOG_7["retries"], cwd="/srv/work")\n`,
      "service/catalog.py": body("catalog"),
      "service/__init__.py": "",
    },
    entry: "service/agent.py",
  };
}

export function typescriptLongModule(lines: number): StressInput {
  const blocks = Math.ceil(lines / 5);
  const used = range(100).map((index) => (index * 7) % blocks);
  const imported = [...new Set(used)].map((index) => `catalog${index}`);
  const body = (prefix: string): string =>
    range(blocks)
      .map((index) => `export const ${prefix.toUpperCase()}_${index} = { name: "${prefix}-${index}", retries: ${index % 7} };\nexport function ${prefix}${index}(value: string, scale = ${index % 5}) {\n  const label = ${prefix.toUpperCase()}_${index}.name + value;\n  return label;\n}\n`)
      .join("");
  return {
    name: `typescript/long-module-${lines}`,
    language: "typescript",
    description: `a ${lines}-line module importing another of the same size, its prompt built by 200 of their helpers`,
    files: {
      "src/agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";\nimport { CATALOG_7, ${imported.join(", ")} } from "./catalog.js";\n\n${body("local")}\nconst label = [${used.map((index) => `local${index}("x"), catalog${index}("y")`).join(", ")}].join(" ");\nexport const run = () => query({ prompt: label, options: { allowedTools: ["Read", "Bash"], permissionMode: "bypassPermissions", maxTurns: CATALOG_7.retries, cwd: "/srv/work" } });\n`,
      "src/catalog.ts": body("catalog"),
    },
    entry: "src/agent.ts",
  };
}

// ── deep nesting ────────────────────────────────────────────────────────────────────────

/**
 * A prompt concatenated from 3,000 literals (nested 3,000 deep in the syntax tree), a list
 * nested 400 deep, and a call nested 400 deep — next to an ordinary agent whose findings must
 * not be lost.
 */
export function pythonDeepNesting(): StressInput {
  const concatenation = range(3000).map((index) => `"part ${index} "`).join(" + ");
  const nestedList = `${"[".repeat(400)}"Read"${"]".repeat(400)}`;
  const nestedCall = `${"wrap(".repeat(400)}"x"${")".repeat(400)}`;
  return {
    name: "python/deep-nesting",
    language: "python",
    description: "a 3,000-term string concatenation, a list nested 400 deep and calls nested 400 deep",
    files: {
      "agent.py": `from claude_agent_sdk import ClaudeAgentOptions\n\n\ndef wrap(value):\n    return value\n\n\nPLAIN = ClaudeAgentOptions(allowed_tools=["Read", "Bash"], permission_mode="bypassPermissions", max_turns=10, cwd="/srv/work")\n\nPROMPT = ${concatenation}\nNESTED = ${nestedList}\nWRAPPED = ${nestedCall}\nDEEP = ClaudeAgentOptions(system_prompt=PROMPT, allowed_tools=NESTED, model=WRAPPED, max_turns=5, cwd="/srv/work")\n`,
    },
    entry: "agent.py",
  };
}

/**
 * The TypeScript compiler's own parser recurses once per nested array or call (it overflows the
 * stack near 1,000 levels), so those nest 150 deep here; the concatenation is parsed iteratively.
 */
export function typescriptDeepNesting(): StressInput {
  const concatenation = range(3000).map((index) => `"part ${index} "`).join(" + ");
  const nestedArray = `${"[".repeat(150)}"Read"${"]".repeat(150)}`;
  const nestedCall = `${"wrap(".repeat(150)}"x"${")".repeat(150)}`;
  return {
    name: "typescript/deep-nesting",
    language: "typescript",
    description: "a 3,000-term string concatenation, an array nested 150 deep and calls nested 150 deep",
    files: {
      "agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";\n\nfunction wrap(value: unknown) {\n  return value;\n}\n\nexport const plain = () => query({ prompt: "hi", options: { allowedTools: ["Read", "Bash"], permissionMode: "bypassPermissions", maxTurns: 10, cwd: "/srv/work" } });\n\nconst PROMPT = ${concatenation};\nconst NESTED = ${nestedArray};\nconst WRAPPED = ${nestedCall};\nexport const deep = () => query({ prompt: PROMPT, options: { allowedTools: NESTED as unknown as string[], model: WRAPPED as string, maxTurns: 5, cwd: "/srv/work" } });\n`,
    },
    entry: "agent.ts",
  };
}

// ── import cycles ───────────────────────────────────────────────────────────────────────

/** Three modules that import one another in a ring, with values defined across the ring and one defined in terms of itself. */
export function pythonImportCycle(): StressInput {
  return {
    name: "python/import-cycle",
    language: "python",
    description: "modules importing one another in a ring (a → b → c → a), with a value defined in terms of itself across the ring",
    files: {
      "pkg/__init__.py": "from .a import *\nfrom .b import *\n",
      "pkg/a.py": "from .b import B_TOOLS, LOOP_B\nfrom . import c\n\nA_TOOLS = [\"Read\"] + B_TOOLS\nLOOP_A = LOOP_B\nMODE = c.MODE\n",
      "pkg/b.py": "from .c import C_TOOLS\nfrom .a import LOOP_A\n\nB_TOOLS = [\"Grep\"] + C_TOOLS\nLOOP_B = LOOP_A\n",
      "pkg/c.py": "from .a import A_TOOLS\nimport pkg\n\nC_TOOLS = [\"Glob\", \"Bash\"]\nMODE = \"bypassPermissions\"\nEVERYTHING = A_TOOLS + [\"Edit\"]\nVIA_PACKAGE = pkg.MODE\n",
      "pkg/agent.py": "from claude_agent_sdk import ClaudeAgentOptions\n\nfrom .a import A_TOOLS, LOOP_A, MODE\nfrom .c import EVERYTHING, VIA_PACKAGE\n\nOPTIONS = ClaudeAgentOptions(allowed_tools=A_TOOLS, permission_mode=MODE, model=LOOP_A, max_turns=10, cwd=\"/srv/work\")\nOTHER = ClaudeAgentOptions(allowed_tools=EVERYTHING, permission_mode=VIA_PACKAGE, max_turns=10, cwd=\"/srv/work\")\n",
    },
    entry: "pkg/agent.py",
  };
}

export function typescriptImportCycle(): StressInput {
  return {
    name: "typescript/import-cycle",
    language: "typescript",
    description: "modules importing and re-exporting one another in a ring (a → b → c → a), with a value defined in terms of itself across the ring",
    files: {
      "src/a.ts": 'export * from "./b.js";\nimport { B_TOOLS, LOOP_B } from "./b.js";\nimport { MODE as C_MODE } from "./c.js";\nexport const A_TOOLS = ["Read", ...B_TOOLS];\nexport const LOOP_A = LOOP_B;\nexport const MODE = C_MODE;\n',
      "src/b.ts": 'export * from "./c.js";\nimport { C_TOOLS } from "./c.js";\nimport { LOOP_A } from "./a.js";\nexport const B_TOOLS = ["Grep", ...C_TOOLS];\nexport const LOOP_B = LOOP_A;\n',
      "src/c.ts": 'export * from "./a.js";\nimport { A_TOOLS } from "./a.js";\nexport const C_TOOLS = ["Glob", "Bash"];\nexport const MODE = "bypassPermissions" as const;\nexport const EVERYTHING = [...A_TOOLS, "Edit"];\n',
      "src/agent.ts":
        'import { query } from "@anthropic-ai/claude-agent-sdk";\nimport { A_TOOLS, LOOP_A, MODE, EVERYTHING } from "./a.js";\n\nexport const one = () => query({ prompt: "x", options: { allowedTools: A_TOOLS, permissionMode: MODE, model: LOOP_A as string, maxTurns: 10, cwd: "/srv/work" } });\nexport const two = () => query({ prompt: "y", options: { allowedTools: EVERYTHING, maxTurns: 10, cwd: "/srv/work" } });\n',
    },
    entry: "src/agent.ts",
  };
}

// ── huge literal maps ───────────────────────────────────────────────────────────────────

/** A literal map of `size` profiles, read with known keys. */
export function pythonHugeMap(size: number): StressInput {
  return {
    name: `python/huge-map-${size}`,
    language: "python",
    description: `a literal dict of ${size} profiles, read with known keys`,
    files: {
      "agent.py": `from claude_agent_sdk import ClaudeAgentOptions\n\nPROFILES = {\n${hugeEntries(size, (index) => `    "profile-${index}": {"allowed_tools": ["Read", "Grep"${index % 10 === 0 ? ', "Bash"' : ""}], "max_turns": ${5 + (index % 40)}},`)}\n}\n\nOPTIONS = ClaudeAgentOptions(**PROFILES["profile-42"], permission_mode="bypassPermissions", cwd="/srv/work")\nOTHER = ClaudeAgentOptions(**PROFILES["profile-1230"], cwd="/srv/work")\n`,
    },
    entry: "agent.py",
  };
}

/**
 * The same map looked up with a key only known at run time: each entry is one alternative, far
 * more than a value may carry, so the lookup is cut to unknown (and the file says so).
 */
export function pythonHugeMapUnknownKey(size: number): StressInput {
  return {
    name: `python/huge-map-unknown-key-${size}`,
    language: "python",
    description: `a literal dict of ${size} profiles, looked up with an environment variable`,
    files: {
      "agent.py": `import os\n\nfrom claude_agent_sdk import ClaudeAgentOptions\n\nPROFILES = {\n${hugeEntries(size, (index) => `    "profile-${index}": {"allowed_tools": ["Read", "Grep"], "max_turns": ${5 + (index % 40)}},`)}\n}\n\nPLAIN = ClaudeAgentOptions(allowed_tools=["Bash"], permission_mode="bypassPermissions", max_turns=10, cwd="/srv/work")\nCHOSEN = ClaudeAgentOptions(**PROFILES[os.environ["PROFILE"]], cwd="/srv/work")\n`,
    },
    entry: "agent.py",
  };
}

export function typescriptHugeMap(size: number): StressInput {
  return {
    name: `typescript/huge-map-${size}`,
    language: "typescript",
    description: `a literal object of ${size} profiles, read with known keys`,
    files: {
      "agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";\n\nconst PROFILES = {\n${hugeEntries(size, (index) => `  "profile-${index}": { allowedTools: ["Read", "Grep"${index % 10 === 0 ? ', "Bash"' : ""}], maxTurns: ${5 + (index % 40)} },`)}\n};\n\nexport const one = () => query({ prompt: "x", options: { ...PROFILES["profile-42"], permissionMode: "bypassPermissions", cwd: "/srv/work" } });\nexport const two = () => query({ prompt: "y", options: { ...PROFILES["profile-1230"], cwd: "/srv/work" } });\n`,
    },
    entry: "agent.ts",
  };
}

function hugeEntries(size: number, entry: (index: number) => string): string {
  return range(size).map(entry).join("\n");
}

// ── calls that fan out ──────────────────────────────────────────────────────────────────

/**
 * Each of `depth` helpers calls the next twice, with new arguments each time: 2^depth distinct
 * calls, which no memoisation can share. The work budget must end it; the plain agent before
 * it keeps its findings.
 */
export function pythonFanOut(depth: number): StressInput {
  const helpers = range(depth).map((index) =>
    index === depth - 1 ? `def level_${index}(prefix):\n    return [prefix]\n` : `def level_${index}(prefix):\n    return level_${index + 1}(prefix + "a") + level_${index + 1}(prefix + "b")\n`,
  );
  return {
    name: `python/fan-out-${depth}`,
    language: "python",
    description: `${depth} helpers, each calling the next twice with new arguments (2^${depth} calls)`,
    files: {
      "agent.py": `from claude_agent_sdk import ClaudeAgentOptions\n\nPLAIN = ClaudeAgentOptions(allowed_tools=["Read", "Bash"], permission_mode="bypassPermissions", max_turns=10, cwd="/srv/work")\n\n\n${helpers.join("\n\n")}\n\nGROWN = ClaudeAgentOptions(allowed_tools=level_0("mcp__x__"), max_turns=10, cwd="/srv/work")\n`,
    },
    entry: "agent.py",
  };
}

export function typescriptFanOut(depth: number): StressInput {
  const helpers = range(depth).map((index) =>
    index === depth - 1 ? `function level${index}(prefix: string): string[] {\n  return [prefix];\n}\n` : `function level${index}(prefix: string): string[] {\n  return [...level${index + 1}(prefix + "a"), ...level${index + 1}(prefix + "b")];\n}\n`,
  );
  return {
    name: `typescript/fan-out-${depth}`,
    language: "typescript",
    description: `${depth} helpers, each calling the next twice with new arguments (2^${depth} calls)`,
    files: {
      "agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";\n\nexport const plain = () => query({ prompt: "x", options: { allowedTools: ["Read", "Bash"], permissionMode: "bypassPermissions", maxTurns: 10, cwd: "/srv/work" } });\n\n${helpers.join("\n")}\nexport const grown = () => query({ prompt: "y", options: { allowedTools: level0("mcp__x__"), maxTurns: 10, cwd: "/srv/work" } });\n`,
    },
    entry: "agent.ts",
  };
}
