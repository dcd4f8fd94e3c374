import { describe, expect, it } from "vitest";
import { findReadOnlyCue } from "../../src/model/read-only-cues.js";

describe("findReadOnlyCue", () => {
  it.each([
    ["You are a read-only code reviewer.", "you are a read-only"],
    ["Operate in read-only mode.", "operate in read-only"],
    ["Act as a strictly read-only auditor.", "act as a strictly read-only"],
    ["You may only read files and report findings.", "may only read"],
    ["Never modify files.", "never modify files"],
    ["Do not edit any files; report instead.", "do not edit any files"],
    ["You are not allowed to modify the codebase.", "are not allowed to modify the codebase"],
    ["Review the diff without modifying anything.", "without modifying anything"],
    ["Eres un revisor de solo lectura.", "solo lectura"],
    ["No modifiques ningún archivo.", "no modifiques ningún archivo"],
    ["Tu es un agent en lecture seule.", "lecture seule"],
    ["Ne modifiez aucun fichier.", "ne modifiez aucun fichier"],
    ["Du darfst nur lesen.", "nur lesen"],
    ["Bitte keine Dateien ändern.", "keine dateien ändern"],
    ["Você é um agente somente leitura.", "somente leitura"],
    ["Não modifique nenhum arquivo.", "não modifique nenhum arquivo"],
    ["Sei un revisore in sola lettura.", "sola lettura"],
  ])("finds the cue in %j", (text, cue) => {
    expect(findReadOnlyCue(text)).toBe(cue);
  });

  it.each([
    "You are not a read-only agent: fix what you find.",
    "You are no longer in read-only mode.",
    "Do not edit files in vendor/.",
    "Never modify the tests.",
    "Do not edit files outside src.",
    "The data directory is read-only, so write to /tmp.",
    "Do not only read the code; fix it.",
    "No modifiques los archivos de vendor.",
    "Ne modifiez pas les fichiers dans vendor.",
    "Du bist nicht nur lesend unterwegs.",
    "You are a refactoring assistant.",
  ])("finds no cue in %j", (text) => {
    expect(findReadOnlyCue(text)).toBeUndefined();
  });
});
