/**
 * ESLint's rules are synchronous, so the parsers that only load asynchronously (the shell
 * grammar Dockerfiles and hook commands are read with, a wasm module) are loaded once, when the
 * plugin is imported. Only the grammars load here (about 20 ms), never an extractor: a project
 * that lints only JS/TS pays little.
 */
import type { InputKind } from "../core/types.js";
import { prepareParsers } from "../languages/index.js";
import { LINTED_KINDS, NOT_LINTED_KINDS } from "./configs.js";

/** The kinds the plugin cannot analyse, and why: a file of one gets a notice, never a clean result. */
export const UNAVAILABLE_KINDS: ReadonlyMap<InputKind, string> = new Map([...NOT_LINTED_KINDS, ...(await prepareParsers(LINTED_KINDS))]);
