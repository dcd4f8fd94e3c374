/**
 * The Kubernetes extractor: parses a (multi-document) YAML stream as Kubernetes reads it —
 * YAML 1.1 scalars (`yes`/`on` are booleans), anchors and merge keys — and builds the
 * containers of its workloads and its NetworkPolicies. Templates (`{{ … }}`, Helm charts) are
 * not manifests until rendered: they are reported as not analysed, never as parse errors.
 */
import { Composer, Parser, type Document, type Node as YamlNode } from "yaml";
import type { FileNotice, SourceFile } from "../../core/types.js";
import type { ContainerSpec } from "../../model/container.js";
import { emptyFileModel, type FileModel, type ParseProblem } from "../../model/file-model.js";
import type { NetworkPolicy } from "../../model/network-policy.js";
import { TextLocations } from "../../util/text-locations.js";
import type { ExtractContext } from "../language.js";
import { sourceComments, yamlCommentTokens } from "./comments.js";
import { kustomizationOf } from "./kustomize.js";
import { KUBERNETES_KINDS } from "./language.js";
import { networkPolicyOf } from "./network-policies.js";
import { documentErrors } from "../../util/yaml-unique-keys.js";
import { isTemplate } from "./templates.js";
import { isWorkloadKind, workloadContainers } from "./workloads.js";
import { ReadBudget, YamlReader } from "./yaml-reader.js";

/** Steps through the YAML tree one file may take (aliases can make a small file huge). */
const MAX_READ_STEPS = 200_000;
const READ_KINDS = new Set<string>(KUBERNETES_KINDS);

interface KubernetesObject {
  readonly reader: YamlReader;
  readonly node: YamlNode;
  readonly kind: string;
}

export function extractKubernetes(file: SourceFile, context: ExtractContext): FileModel {
  const locations = new TextLocations(file.path, file.text);
  const tokens = [...new Parser().parse(file.text)];
  // Repeated keys are errors (the API server rejects them), found in linear time (see yaml-unique-keys.ts).
  const documents = [...new Composer({ version: "1.1", prettyErrors: false, uniqueKeys: false }).compose(tokens, true, file.text.length)];
  const errors = documents.map(documentErrors);
  const budget = new ReadBudget(MAX_READ_STEPS);
  const parsed = documents.filter((_, index) => errors[index]?.length === 0);
  const objects = parsed.flatMap((document) => objectsOf(new YamlReader(document, locations, budget), document));
  const firstError = errors.flat()[0];
  const commentTokens = yamlCommentTokens(tokens);
  const model = { ...emptyFileModel(file), comments: sourceComments(commentTokens, locations) };
  const commentRanges = commentTokens.map(({ offset, source }) => [offset, offset + source.length] as const);
  // A template that holds nothing this front end reads is not worth a notice.
  if ((firstError !== undefined || objects.length > 0) && isTemplate(file.text, documents, commentRanges, firstError !== undefined)) {
    return { ...model, notices: [templateNotice(file)] };
  }
  const hasWorkloads = objects.some((object) => isWorkloadKind(object.kind));
  const kustomization = hasWorkloads ? kustomizationOf(file.absolutePath, context) : undefined;
  const containers: ContainerSpec[] = [];
  const networkPolicies: NetworkPolicy[] = [];
  for (const { reader, node, kind } of objects) {
    if (isWorkloadKind(kind)) containers.push(...workloadContainers({ reader, file: file.path, object: node, kind, ...(kustomization && { kustomization }) }));
    if (kind === "NetworkPolicy") networkPolicies.push(networkPolicyOf(reader, file.path, node));
  }
  const parseProblems: ParseProblem[] = firstError ? [{ message: firstError.message, loc: locations.range(firstError.pos[0], firstError.pos[1]) }] : [];
  return {
    ...model,
    containers,
    networkPolicies,
    parseProblems,
    notices: budget.spent ? [incompleteNotice(file)] : [],
  };
}

/** The objects of a document this front end reads: the document itself, or the items of a `List`. */
function objectsOf(reader: YamlReader, document: Document.Parsed): KubernetesObject[] {
  const root = document.contents ?? undefined;
  const kind = kindOf(reader, root);
  if (!root || kind === undefined) return [];
  if (kind !== "List") return [{ reader, node: root, kind }];
  return reader.items(reader.get(root, "items")?.value).flatMap((item) => {
    const itemKind = kindOf(reader, item);
    return itemKind !== undefined && itemKind !== "List" ? [{ reader, node: item, kind: itemKind }] : [];
  });
}

function kindOf(reader: YamlReader, node: YamlNode | undefined): string | undefined {
  if (reader.string(reader.get(node, "apiVersion")?.value) === undefined) return undefined;
  const kind = reader.string(reader.get(node, "kind")?.value);
  return kind !== undefined && READ_KINDS.has(kind) ? kind : undefined;
}

function templateNotice(file: SourceFile): FileNotice {
  return {
    file: file.path,
    kind: "not-analysed",
    message: `Skipped ${file.path}: it holds template syntax ({{ … }}, e.g. a Helm chart template), so it is not a Kubernetes manifest until it is rendered. Scan the rendered output (helm template … > manifest.yaml) to check it.`,
  };
}

function incompleteNotice(file: SourceFile): FileNotice {
  return {
    file: file.path,
    kind: "incomplete",
    message: `Stopped reading ${file.path} early: its anchors and aliases expand to more than agentlint reads in one file, so findings may be missing.`,
  };
}
