/**
 * The Kubernetes front end: workloads become ContainerSpecs the way the kubelet reads them
 * (pod-level securityContext inherited, YAML 1.1 booleans, anchors and merge keys, volumes
 * joined to mounts), NetworkPolicies become the egress model, and templates, bad YAML and
 * oversized alias expansions are reported instead of misread.
 */
import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../../src/core/types.js";
import { extractKubernetes } from "../../../src/languages/kubernetes/index.js";
import type { ContainerSpec } from "../../../src/model/container.js";
import type { FileModel } from "../../../src/model/file-model.js";
import { knownString } from "../../../src/model/value.js";

function extract(text: string, files: Record<string, string> = {}, path = "deploy/agent.yaml"): FileModel {
  const file: SourceFile = { path, absolutePath: `/project/${path}`, text, kind: "kubernetes" };
  return extractKubernetes(file, { cwd: "/project", readFile: (absolute) => files[absolute.replace(/^\/project\//, "")] });
}

function only(model: FileModel): ContainerSpec {
  expect(model.containers).toHaveLength(1);
  return model.containers[0] as ContainerSpec;
}

const POD = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n${spec}`;

describe("Kubernetes workloads", () => {
  it("reads every workload kind, init and ephemeral containers, and names each container with its workload", () => {
    const container = "      containers:\n        - name: main\n          image: agent:1.0\n";
    const text = [
      POD("  initContainers:\n    - name: setup\n      image: busybox:1.36\n  containers:\n    - name: main\n      image: agent:1.0\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n"),
      ...["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"].map(
        (kind) => `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n${container}`,
      ),
      "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: main\n              image: agent:1.0\n",
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  containers: none\n",
    ].join("---\n");
    expect(extract(text).containers.map((spec) => spec.name)).toEqual([
      'init container "setup" of Pod "agent"',
      'container "main" of Pod "agent"',
      'ephemeral container "debug" of Pod "agent"',
      'container "main" of Deployment "w"',
      'container "main" of StatefulSet "w"',
      'container "main" of DaemonSet "w"',
      'container "main" of ReplicaSet "w"',
      'container "main" of ReplicationController "w"',
      'container "main" of Job "w"',
      'container "main" of CronJob "nightly"',
    ]);
  });

  it("reads the items of a List", () => {
    const text = "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n    spec:\n      containers: [{name: c, image: x:1}]\n";
    expect(extract(text).containers.map((spec) => spec.name)).toEqual(['container "c" of Pod "a"']);
  });

  it("inherits the pod's securityContext field by field, the container's own fields winning", () => {
    const spec = only(
      extract(
        POD(
          "  securityContext:\n    runAsUser: 1000\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: main\n      image: agent:1.0\n      securityContext:\n        runAsUser: 0\n",
        ),
      ),
    );
    expect(spec.user).toMatchObject({ key: "securityContext.runAsUser", value: { kind: "number", value: 0, loc: { line: 15, column: 20 } } });
    expect(spec.user?.owner).toBeUndefined();
    expect(spec.runAsNonRoot).toMatchObject({ value: { kind: "boolean", value: true }, owner: 'Pod "agent"', keyLoc: { line: 8 } });
    expect(spec.seccomp).toMatchObject({ key: "securityContext.seccompProfile.type", value: { value: "RuntimeDefault" }, owner: 'Pod "agent"' });
  });

  it("reads YAML 1.1 booleans as Kubernetes does, and allowPrivilegeEscalation negated as no-new-privileges", () => {
    const spec = only(
      extract(POD("  hostPID: yes\n  containers:\n    - name: main\n      image: agent:1.0\n      securityContext:\n        privileged: on\n        allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: No\n")),
    );
    expect(spec.hostNamespaces.pid?.value).toMatchObject({ kind: "boolean", value: true });
    expect(spec.privileged?.value).toMatchObject({ kind: "boolean", value: true });
    expect(spec.noNewPrivileges).toMatchObject({ key: "securityContext.allowPrivilegeEscalation", value: { kind: "boolean", value: true } });
    expect(spec.readOnlyRootFilesystem?.value).toMatchObject({ kind: "boolean", value: false });
  });

  it("applies anchors and merge keys, keys written in the mapping winning", () => {
    const text = `x-hardening: &hardening
  allowPrivilegeEscalation: false
  privileged: true
${POD("  containers:\n    - name: main\n      image: agent:1.0\n      securityContext:\n        <<: *hardening\n        privileged: false\n")}`;
    const spec = only(extract(text));
    expect(spec.privileged?.value).toMatchObject({ kind: "boolean", value: false, loc: { line: 14 } });
    expect(spec.noNewPrivileges?.value).toMatchObject({ kind: "boolean", value: true, loc: { line: 2 } });
  });

  it("joins volume mounts to the pod's volumes, narrows hostPath by subPath, and keeps unmounted hostPath volumes", () => {
    const spec = only(
      extract(
        POD(`  containers:
    - name: main
      image: agent:1.0
      volumeMounts:
        - {name: run, mountPath: /host/run, readOnly: true}
        - {name: sock, mountPath: /var/run/docker.sock, subPath: docker.sock}
        - {name: cache, mountPath: /cache}
  volumes:
    - {name: run, hostPath: {path: /var/run}}
    - {name: sock, hostPath: {path: /var/run/}}
    - {name: cache, emptyDir: {}}
    - {name: spare, hostPath: {path: /etc}}
`),
      ),
    );
    expect(spec.mounts.map((mount) => [mount.kind, knownString(mount.source), mount.target && knownString(mount.target), mount.readOnly ?? false, mount.owner ?? ""])).toEqual([
      ["hostPath", "/var/run", "/host/run", true, 'Pod "agent"'],
      ["hostPath", "/var/run/docker.sock", "/var/run/docker.sock", false, ""],
      ["volume", "cache", "/cache", false, ""],
      ["hostPath", "/etc", undefined, false, 'Pod "agent"'],
    ]);
  });

  it("reads seccomp and AppArmor from fields and from the annotations they replaced, fields first", () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: agent}
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: unconfined
        container.apparmor.security.beta.kubernetes.io/main: unconfined
        container.seccomp.security.alpha.kubernetes.io/side: runtime/default
    spec:
      containers:
        - name: main
          image: agent:1.0
          securityContext:
            seccompProfile: {type: Localhost, localhostProfile: agent.json}
        - name: side
          image: side:1.0
        - name: other
          image: other:1.0
`;
    const [main, side, other] = extract(text).containers;
    expect([main?.seccomp?.value, side?.seccomp?.value, other?.seccomp?.value].map((value) => value && knownString(value))).toEqual(["Localhost", "runtime/default", "unconfined"]);
    expect(other?.seccomp?.owner).toBe('Deployment "agent"');
    expect(main?.apparmor).toMatchObject({ key: "container.apparmor.security.beta.kubernetes.io/main", value: { value: "unconfined" } });
    expect(side?.apparmor).toBeUndefined();
  });

  it("reads env values, secret references and the memory limit", () => {
    const spec = only(
      extract(
        POD(`  containers:
    - name: main
      image: agent:1.0
      resources: {limits: {memory: 2Gi}}
      env:
        - {name: MODE, value: fast}
        - name: API_KEY
          valueFrom: {secretKeyRef: {name: keys, key: api}}
        - {name: EMPTY}
`),
      ),
    );
    expect(spec.memoryLimit?.value).toMatchObject({ kind: "string", value: "2Gi" });
    expect(spec.environment.map((entry) => [entry.name, entry.value.kind, entry.fromSecretReference ?? false])).toEqual([
      ["MODE", "string", false],
      ["API_KEY", "unknown", true],
      ["EMPTY", "string", false],
    ]);
  });

  it("treats template placeholders as unknown values", () => {
    const spec = only(extract(POD("  containers:\n    - name: main\n      image: ${IMAGE}\n      securityContext:\n        runAsUser: ${UID}\n")));
    expect(spec.image?.value.kind).toBe("unknown");
    expect(spec.user?.value.kind).toBe("unknown");
  });

  it("leaves a container without an image, or a kustomize patch, open: what it leaves out comes from elsewhere", () => {
    expect(only(extract(POD("  containers:\n    - name: main\n      resources: {limits: {memory: 1Gi}}\n"))).open).toBe(true);
    const patch = POD("  containers:\n    - name: main\n      image: agent:1.0\n");
    const kustomization = "resources: [../base]\npatches:\n  - path: agent.yaml\n    target: {kind: Pod}\n";
    expect(only(extract(patch, { "deploy/kustomization.yaml": kustomization })).open).toBe(true);
    expect(only(extract(patch, { "deploy/kustomization.yaml": "resources: [agent.yaml]\n" })).open).toBe(false);
    expect(only(extract(patch, { "deploy/kustomization.yaml": "patchesStrategicMerge:\n  - agent.yaml\n" })).open).toBe(true);
  });

  it("leaves an image that the kustomization beside the manifest replaces unknown", () => {
    const manifest = POD("  containers:\n    - name: main\n      image: controller:latest\n    - name: side\n      image: side:latest\n");
    const kustomization = "resources: [agent.yaml]\nimages:\n  - name: controller\n    newName: registry.example.com/controller\n    newTag: v1.2.3\n";
    const [main, side] = extract(manifest, { "deploy/kustomization.yaml": kustomization }).containers;
    expect(main?.image?.value.kind).toBe("unknown");
    expect(side?.image?.value.kind).toBe("string");
  });
});

describe("NetworkPolicy", () => {
  const policy = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: agent-egress\nspec:\n  podSelector: {}\n${spec}`;

  it("reads egress rules, peers and ports", () => {
    const [read] = extract(
      policy(`  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}
        - namespaceSelector: {matchLabels: {name: kube-system}}
      ports:
        - {port: 443}
        - {port: 53, protocol: UDP}
        - {port: 8000, endPort: 9000}
        - {protocol: UDP}
    - {}
`),
    ).networkPolicies;
    expect(read).toMatchObject({ name: "agent-egress", governsEgress: true });
    expect(read?.egress[0]?.to).toMatchObject([{ cidr: "0.0.0.0/0", except: ["10.0.0.0/8"], loc: { line: 10, column: 27 } }, { selector: true }]);
    expect(read?.egress[0]?.ports).toEqual(["443/TCP", "53/UDP", "8000-9000/TCP", "every UDP port"]);
    expect(read?.egress[1]).toMatchObject({ ports: [], loc: { line: 17, column: 7, endColumn: 9 } });
    expect(read?.egress[1]?.to).toBeUndefined();
  });

  it("governs egress with an egress section unless policyTypes leaves Egress out", () => {
    expect(extract(policy("  egress: [{}]\n")).networkPolicies[0]?.governsEgress).toBe(true);
    expect(extract(policy("  policyTypes: [Ingress]\n  egress: [{}]\n")).networkPolicies[0]?.governsEgress).toBe(false);
    expect(extract(policy("  ingress: [{}]\n")).networkPolicies[0]?.governsEgress).toBe(false);
  });
});

describe("files that are not plain manifests", () => {
  it("reports a template as not analysed, not as a parse error", () => {
    const model = extract('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "agent.fullname" . }}\n{{- if .Values.x }}\n');
    expect(model.parseProblems).toEqual([]);
    expect(model.containers).toEqual([]);
    expect(model.notices).toMatchObject([{ kind: "not-analysed", file: "deploy/agent.yaml" }]);
  });

  it("reports a template that parses as YAML: Helm references, or braces where YAML structure goes", () => {
    const quoted = POD('  containers:\n    - name: main\n      image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n');
    expect(extract(quoted).notices.map((notice) => notice.kind)).toEqual(["not-analysed"]);
    const loader = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{.Name}}\nspec:\n  containers: []\n";
    expect(extract(loader).notices.map((notice) => notice.kind)).toEqual(["not-analysed"]);
  });

  it("reads a manifest whose braces are only inside string values or comments", () => {
    const dashboard = `apiVersion: v1
kind: ConfigMap
metadata: {name: dashboards}
data:
  agent.json: |
    {"targets": [{"legendFormat": "{{ pod }} on {{ node }}"}]}
---
# Rendered from {{ chart }} by hand.
${POD("  containers:\n    - name: main\n      image: agent:1.0\n      args: [\"--format={{.ID}}\"]\n")}`;
    const model = extract(dashboard);
    expect(model.notices).toEqual([]);
    expect(model.containers).toHaveLength(1);
  });

  it("reads a manifest whose only braces are in values it does not read, without a notice", () => {
    const text = 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n    - rules:\n        - alert: Down\n          annotations: {summary: "{{ $labels.job }} is down"}\n';
    expect(extract(text).notices).toEqual([]);
  });

  it("reports malformed YAML as a parse problem at its place and reads the documents that parse", () => {
    const model = extract(`${POD("  containers:\n    - name: main\n      image: agent:1.0\n")}---\napiVersion: v1\nkind: Pod\nspec:\n  containers: [\n`);
    expect(model.parseProblems).toHaveLength(1);
    expect(model.parseProblems[0]?.loc.line).toBeGreaterThan(9);
    expect(model.containers).toHaveLength(1);
  });

  it("reports duplicate keys as a parse problem", () => {
    expect(extract(POD("  hostNetwork: true\n  hostNetwork: false\n  containers: []\n")).parseProblems[0]?.message).toMatch(/unique/);
  });

  it("stays bounded on an alias bomb and says that findings may be missing", () => {
    const levels = Array.from({ length: 12 }, (_, index) => `l${index + 1}: &l${index + 1} [${Array(10).fill(`*l${index}`).join(", ")}]`);
    const text = `l0: &l0 [SYS_ADMIN]\n${levels.join("\n")}\n${POD("  containers:\n    - name: main\n      image: agent:1.0\n      securityContext: {capabilities: {add: *l12}}\n")}`;
    const started = Date.now();
    const model = extract(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(model.notices.map((notice) => notice.kind)).toEqual(["incomplete"]);
  });

  it("stays bounded on deep nesting", () => {
    const deep = `${POD("  containers:\n    - name: main\n      image: agent:1.0\n      env: ")}${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    const started = Date.now();
    expect(() => extract(deep)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("collects # comments for suppressions, not a # inside a string or block scalar", () => {
    const model = extract(POD('  containers:\n    - name: main # agentlint-disable-line x\n      image: "a#b:1"\n      args:\n        - |\n          # not a comment\n# top\n'));
    expect(model.comments.map((comment) => [comment.line, comment.text, comment.trailing])).toEqual([
      [7, " agentlint-disable-line x", true],
      [12, " top", false],
    ]);
  });
});
