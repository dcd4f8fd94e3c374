import { describe, expect, it } from "vitest";
import { hasCredentialShape } from "../../src/secrets/credential-shape.js";
import { isSecretLikeName } from "../../src/secrets/names.js";

describe("hasCredentialShape", () => {
  it.each(["q8Vr2LmX9tK4wN7z", "Bearer 7f3a9c1e5b2d8f4a6c0e9b3d", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"])("accepts %s", (value) => {
    expect(hasCredentialShape(value)).toBe(true);
  });
  it.each([
    ["a short value", "abc123"],
    ["a word", "production-cluster"],
    ["a path", "/run/secrets/api_key"],
    ["a URL", "https://vault.internal:8200"],
    ["a placeholder", "your-api-key-here-123"],
    ["a value that says it is a secret", "sk-super-secret-123"],
    ["a reference", "${API_KEY}"],
    ["prose", "set me in the dashboard 2"],
    ["a repeated pattern", "aaaaaaaaaaaa1111"],
  ])("rejects %s", (_label, value) => {
    expect(hasCredentialShape(value)).toBe(false);
  });
});

describe("isSecretLikeName", () => {
  it("treats Authorization headers as secret but not author names", () => {
    expect(isSecretLikeName("Authorization")).toBe(true);
    expect(isSecretLikeName("GIT_AUTHOR_NAME")).toBe(false);
    expect(isSecretLikeName("AUTHORITY")).toBe(false);
  });
});
