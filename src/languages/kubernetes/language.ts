/**
 * Kubernetes manifests: every `.yaml`/`.yml` file no earlier front end claimed (compose files
 * are read by their own). Most YAML in a repository is something else — CI workflows, configs,
 * lock files — and the pre-filter drops it unless it names an object kind this front end reads.
 */
import { createRequire } from "node:module";
import { extensionOf, type Extractor, type Language } from "../language.js";

/** The object kinds read (a workload's containers, a NetworkPolicy), and `List` that holds them. */
export const KUBERNETES_KINDS = [
  "Pod",
  "PodTemplate",
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "NetworkPolicy",
  "List",
] as const;

/** Substrings one of which every file with such an object holds (`Job` is in `CronJob`, `Pod` in `PodTemplate`). */
const KIND_WORDS = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "NetworkPolicy", "List"];

const require = createRequire(import.meta.url);

const EXTENSIONS = [".yaml", ".yml"];

export const kubernetesLanguage: Language = {
  name: "Kubernetes",
  kinds: ["kubernetes"],
  recognisedByContent: true,
  classify(path) {
    return EXTENSIONS.includes(extensionOf(path)) ? "kubernetes" : undefined;
  },
  globs: { files: EXTENSIONS.map((extension) => `**/*${extension}`) },
  mightMatter(_kind, text) {
    return text.includes("apiVersion") && text.includes("kind") && KIND_WORDS.some((word) => text.includes(word));
  },
  load() {
    return (require("./index.js") as { extractKubernetes: Extractor }).extractKubernetes;
  },
  async prepare() {
    return ((await import("./index.js")) as { extractKubernetes: Extractor }).extractKubernetes;
  },
};
