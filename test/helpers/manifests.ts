/** Small Kubernetes manifests for rule tests: a Pod whose container section is given. */

/**
 * A Pod named "agent" (lines 1–5) with one container "main" (name on line 7, image on line 8);
 * `container` is indented for the container's keys and starts on line 9, `pod` follows it at
 * the pod spec's level.
 */
export function pod(container = "", podSpec = ""): string {
  const indent = (text: string, spaces: number) =>
    text
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => `${" ".repeat(spaces)}${line}\n`)
      .join("");
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n    - name: main\n      image: ghcr.io/acme/agent:1.4.2\n${indent(container, 6)}${indent(podSpec, 2)}`;
}

/** A container section that passes every container rule, for rules to change one key of. */
export const HARDENED = `securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: ["ALL"]
  seccompProfile:
    type: RuntimeDefault
resources:
  limits:
    memory: 1Gi`;

export const CP = 'import { spawn, execSync } from "node:child_process";\n';

/** Each finding as its line and the exact text it points at (the range's first line), with its message. */
export function pointed(code: string, findings: ReadonlyArray<{ line: number; column: number; endLine: number; endColumn: number; message: string }>): Array<[number, string]> {
  const lines = code.split("\n");
  return findings.map((finding) => {
    const line = lines[finding.line - 1] ?? "";
    const end = finding.endLine === finding.line ? finding.endColumn - 1 : line.length;
    return [finding.line, line.slice(finding.column - 1, end)];
  });
}
