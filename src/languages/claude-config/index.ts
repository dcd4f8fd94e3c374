/**
 * The Claude Code configuration extractor: settings files and `.mcp.json` (JSON with
 * comments) and subagent, skill and command files (markdown with YAML front matter).
 */
import type { SourceComment } from "../../model/file-model.js";
import type { SourceFile } from "../../core/types.js";
import { emptyFileModel, type FileModel } from "../../model/file-model.js";
import { OffsetLocations } from "../../util/offset-locations.js";
import { htmlComments } from "../markdown/comments.js";
import { markdownStructure } from "../markdown/structure.js";
import { configFileKind, readConfigFile } from "./config-files.js";
import { readFrontMatter } from "./front-matter.js";
import { parsedHookCommands } from "./hook-scripts.js";
import { markdownAgent, markdownAgentKind } from "./markdown-agents.js";

export function extractClaudeConfig(file: SourceFile): FileModel {
  if (file.kind === "claude-markdown") return extractMarkdownAgent(file);
  const { layers, problem } = readConfigFile(file.path, file.text, configFileKind(file.absolutePath));
  const hookCommands = parsedHookCommands(layers, file, new OffsetLocations(file.path, file.text));
  return { ...emptyFileModel(file), agents: layers, hookCommands, parseProblems: problem ? [problem] : [] };
}

function extractMarkdownAgent(file: SourceFile): FileModel {
  const locations = new OffsetLocations(file.path, file.text);
  const frontMatter = readFrontMatter(file.text, locations);
  const kind = markdownAgentKind(file.absolutePath) ?? "subagent-file";
  const structure = markdownStructure(file.text.slice(frontMatter.bodyStart));
  const { agent, instruction } = markdownAgent(file, kind, frontMatter, structure, locations);
  const comments: SourceComment[] = [...frontMatter.comments, ...htmlComments(structure.comments, frontMatter.bodyStart, file.text, locations)];
  return {
    ...emptyFileModel(file),
    agents: agent ? [agent] : [],
    instructionTexts: [instruction],
    hookCommands: agent ? parsedHookCommands([agent], file, locations) : [],
    parseProblems: frontMatter.problem ? [frontMatter.problem] : [],
    comments,
    notices: frontMatter.truncated
      ? [{ file: file.path, kind: "incomplete", message: `${file.path}: the front matter has more YAML nodes than agentlint reads (aliases expand too far); the rest was not checked.` }]
      : [],
  };
}
