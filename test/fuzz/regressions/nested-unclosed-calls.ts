import { query } from "@anthropic-ai/claude-agent-sdk";
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
for await (const message of query({
  prompt: "Triage.",
  // note
