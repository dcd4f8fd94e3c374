/**
 * The one-line TS agent most rule tests start from: `agent("{ allowedTools: [...] }")` puts the
 * options at column 32 of line 2, after the SDK import on line 1.
 */
export const IMPORT = 'import { query } from "@anthropic-ai/claude-agent-sdk";\n';
export const PREFIX = 'query({ prompt: "go", options: ';
export const agent = (options: string): string => `${IMPORT}${PREFIX}${options} });\n`;
