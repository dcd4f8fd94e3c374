import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";
import type { ContainerSource, ContainerSpec } from "../src/model/container.js";
import { CONTAINER_INPUTS, isFalse, reportContainerFindings, subjectOf, viaText, writtenSetting, type ContainerFinding } from "../src/model/container-findings.js";
import { alternatives, knownString, type RValue } from "../src/model/value.js";

const FIX: Readonly<Record<ContainerSource, string>> = {
  dockerfile: "Create an unprivileged user in the image and end the final stage with `USER app` (or a numeric `USER 10001`)",
  compose: 'Set `user: "10001:10001"` (or a user the image defines)',
  kubernetes: "Set `securityContext.runAsNonRoot: true` with a non-zero `runAsUser`, on the pod or the container",
  "docker-run": "Pass a non-root user, e.g. `--user 10001:10001`",
  "docker-py": 'Pass a non-root user, e.g. `user="10001:10001"`',
  dockerode: 'Set a non-root `User`, e.g. `User: "10001:10001"`',
};
/** How each format leaves the user unset, for the message. */
const UNSET: Readonly<Record<ContainerSource, string>> = {
  dockerfile: "sets no `USER`, so containers of the image run as root",
  compose: "sets no `user`, so it runs as its image's default user, root for most images",
  kubernetes: "does not require a non-root user (`runAsNonRoot: true`) nor set a `runAsUser`, so it runs as its image's default user, root for most images",
  "docker-run": "sets no user",
  "docker-py": "sets no user",
  dockerode: "sets no user",
};

export default defineRule({
  id: "container-non-root",
  severity: "error",
  category: "container",
  inputs: [INPUT.dockerfiles, ...CONTAINER_INPUTS],
  docs: {
    description: "Require containers to run as a non-root user.",
    securitySeverity: 7.0,
  },
  messages: {
    root: "{{subject}} runs as root (`{{setting}}`{{via}}): a compromised agent has root's access to everything in the container and to the host files mounted into it, and a kernel or runtime flaw becomes a host takeover. {{fix}}{{when}}.{{agent}}",
    unset:
      "{{subject}} {{unset}}: a compromised agent has root's access to everything in the container and to the host files mounted into it, and a kernel or runtime flaw becomes a host takeover. {{fix}}{{when}}.{{agent}}",
    notRequired:
      "{{subject}} sets `{{setting}}`{{via}} and no `runAsUser`, so it runs as its image's default user, root for most images: a compromised agent has root's access to everything in the container and to the host files mounted into it. {{fix}}{{when}}.{{agent}}",
  },
  defaultOptions: {},
  check(context) {
    reportContainerFindings(context, (spec): ContainerFinding[] => {
      const fix = FIX[spec.source];
      const { user, runAsNonRoot } = spec;
      if (user) {
        return alternatives(user.value)
          .filter(({ value }) => isRootUser(value))
          .map(({ value }) => ({ messageId: "root", loc: value.loc, data: { subject: subjectOf(spec, user), setting: writtenSetting(spec, { ...user, value }), via: viaText(user), fix } }));
      }
      if (spec.open || !leftToImage(spec)) return [];
      if (runAsNonRoot && isFalse(runAsNonRoot)) {
        return [{ messageId: "notRequired", loc: runAsNonRoot.value.loc, data: { subject: subjectOf(spec, runAsNonRoot), setting: writtenSetting(spec, runAsNonRoot), via: viaText(runAsNonRoot), fix } }];
      }
      return [{ missing: true, messageId: "unset", loc: spec.loc, data: { subject: subjectOf(spec), unset: UNSET[spec.source], fix } }];
    });
  },
});

/**
 * True when nothing written decides the user, so the image's default (root for most) applies.
 * `docker run` without `--user` is left to the image; a compose service that builds its image
 * is judged through its Dockerfile; a Kubernetes container that requires a non-root user is
 * refused by the kubelet if its image would run as root.
 */
function leftToImage(spec: ContainerSpec): boolean {
  if (spec.source === "docker-run" || spec.source === "docker-py" || spec.source === "dockerode") return false;
  if (spec.source === "compose") return spec.build === undefined;
  if (spec.source === "kubernetes") return spec.runAsNonRoot === undefined || isFalse(spec.runAsNonRoot);
  return true;
}

/** `root`, `0`, `0:0`, `root:staff`: the user part names root. */
function isRootUser(value: RValue): boolean {
  if (value.kind === "number") return value.value === 0;
  const text = knownString(value)?.trim();
  if (text === undefined) return false;
  const user = text.split(":")[0]?.trim();
  return user === "root" || user === "0";
}
