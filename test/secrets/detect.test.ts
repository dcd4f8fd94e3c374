import { describe, expect, it } from "vitest";
import { findSecrets } from "../../src/secrets/detect.js";

// Fake but realistic credentials, assembled so that no scanner flags this file as a whole.
const ANTHROPIC_FULL = "sk-ant-api03-" + "Q7vL2mX9pR4tK8wN1zB6cF3hJ5dG0sY".repeat(3) + "AA";
const ANTHROPIC_SHORT = "sk-ant-api03-" + "Q7vL2mX9pR4tK8wN1zB6cF3hJ5dG0sYq2Lm";
const OPENAI_PROJECT = "sk-proj-" + "Z4nB8vQ2xL6mT9rW3kP7jH1dF5sG0cYa";
const GITHUB_CLASSIC = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A";
const SLACK_BOT = "xoxb-" + "2841929-18274619-aK7dB2nQ9xW4mZ8r";
const STRIPE_LIVE = "sk_live_" + "51Hq8vT2mLx9Rb4Nw7Kp3Jd6";
const GOOGLE = "AIza" + "SyD4x8Qm2Lp9Vn6Rt3Wk7Jh5Gf1Bc0Zy8Xa";
const AWS_KEY_ID = "AKIA" + "Z7Q4M2K9R3T5W8YB";

function kindsAndValues(text: string) {
  return findSecrets(text).map((m) => ({ kind: m.kind, value: m.value, offsets: [m.start, m.end] }));
}

describe("findSecrets", () => {
  it.each([
    ["Anthropic key in secretlint's exact shape", ANTHROPIC_FULL],
    ["Anthropic key of another length", ANTHROPIC_SHORT],
    ["OpenAI project key without the T3BlbkFJ marker", OPENAI_PROJECT],
    ["GitHub classic token", GITHUB_CLASSIC],
    ["Slack bot token", SLACK_BOT],
    ["Stripe live key", STRIPE_LIVE],
    ["Google API key", GOOGLE],
    ["AWS access key ID", AWS_KEY_ID],
  ])("finds a %s with its exact offsets", (_label, secret) => {
    const text = `Use this key: ${secret} when calling the API.`;
    const found = findSecrets(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: secret, start: 14, end: 14 + secret.length });
  });

  it("names the kind of credential", () => {
    expect(kindsAndValues(`token ${GITHUB_CLASSIC}`)[0]?.kind).toBe("GitHub token");
    expect(kindsAndValues(`key ${STRIPE_LIVE}`)[0]?.kind).toBe("Stripe secret key");
  });

  it("finds connection strings that carry a password", () => {
    const uri = "postgres://app:Vq8rT2mLx9@db.internal:5432/app";
    expect(kindsAndValues(`Connect with ${uri} to query.`)).toEqual([
      { kind: "PostgreSQL connection string", value: uri, offsets: [13, 13 + uri.length] },
    ]);
    const redis = "redis://default:h7Gk2Lq9Xv@cache.internal:6379";
    expect(findSecrets(redis).map((m) => m.value)).toEqual([redis]);
  });

  it("finds a PEM private key block", () => {
    const body = "MIIEowIBAAKCAQEA7v9Xq2Lm8Rt4Wk3Jh6Gf1Bc0Zy8Xa5Nd2Qp7Vs9Lm4Rt8Wk3Jh6Gf1Bc0Zy8Xa5Nd2Qp7Vs9Lm4Rt8Wk3Jh6Gf1Bc0Zy8Xa5Nd";
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    const found = findSecrets(`key:\n${pem}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]?.start).toBe(5);
  });

  it("reports each secret once when both scanners find it, in text order", () => {
    const text = `${GITHUB_CLASSIC} then ${ANTHROPIC_FULL}`;
    expect(findSecrets(text).map((m) => m.value)).toEqual([GITHUB_CLASSIC, ANTHROPIC_FULL]);
  });

  it.each([
    ["documentation of a key format", "Anthropic keys look like sk-ant-... and GitHub ones like ghp_..."],
    ["an ellipsis inside a key", "sk-ant-api03-Q7vL2mX9pR4tK8wN1zB6...cF3hJ5dG0sYq2Lm"],
    ["XXXX", "sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    ["EXAMPLE", "AKIAIOSFODNN7EXAMPLE"],
    ["an angle-bracket placeholder", "Authorization: Bearer <your-key>"],
    ["your-api-key-here", "sk-proj-your-api-key-here-0000000000000000"],
    ["changeme", "postgres://app:changeme@db.internal/app"],
    ["dummy", "ghp_dummy0000000000000000000000000000000"],
    ["all the same character", "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
    ["a ${VAR} reference", "postgres://app:${DB_PASSWORD}@db.internal/app"],
    ["a $VAR reference", "redis://default:$REDIS_PASSWORD@cache.internal:6379"],
    ["a {{var}} template", "mysql://root:{{db_password}}@db.internal/app"],
    ["a default password", "Run postgres://postgres:postgres@localhost:5432/app or https://user:password@example.com/"],
    ["a counting sequence", "sk-1234567890abcdef1234567890abcdef1234"],
    ["plain prose", "You are a careful reviewer. Never modify files; report findings with file and line."],
  ])("ignores %s", (_label, text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it("ignores look-alike words that are not keys", () => {
    expect(findSecrets("ask-ant-colony and task-ant-api03-ish wording; risk_live_feed")).toEqual([]);
  });

  it("costs a few milliseconds per prompt once loaded", () => {
    findSecrets(`warm up ${GITHUB_CLASSIC}`);
    const prompt = "You are a helpful assistant. Review the pull request and report issues by file. ".repeat(20);
    const runs = 50;
    const started = performance.now();
    for (let i = 0; i < runs; i++) findSecrets(prompt + i);
    const perCall = (performance.now() - started) / runs;
    expect(perCall).toBeLessThan(5);
  });
});
