/**
 * The host path a container mount exposes, as far as it is known: `~` stands for the home
 * directory however it was written (`~`, `$HOME`, `${HOME}`, `os.homedir()`), separators are
 * collapsed and a trailing `/` dropped. Named volumes and tmpfs mounts expose no host path.
 */
import type { ContainerMount } from "./container.js";
import { alternatives, type RValue, type TextPart } from "./value.js";

/**
 * The whole host path, or undefined when the mount is not a host mount or part of its path is
 * unknown. A source that is one of several values (a default the environment may replace)
 * gives the first that is known.
 */
export function mountedHostPath(mount: ContainerMount): string | undefined {
  if (!isHostMount(mount)) return undefined;
  for (const { value } of alternatives(mount.source)) {
    const text = pathText(value);
    if (text !== undefined) return normalizedPath(text);
  }
  return undefined;
}

/** The literal end of the host path after its last unknown part (`/docker.sock` of `${XDG_RUNTIME_DIR}/docker.sock`). */
export function knownPathEnd(mount: ContainerMount): string | undefined {
  if (!isHostMount(mount)) return undefined;
  const whole = mountedHostPath(mount);
  if (whole !== undefined) return whole;
  for (const { value } of alternatives(mount.source)) {
    if (value.kind !== "text") continue;
    const lastHole = value.parts.map((part) => part.kind).lastIndexOf("hole");
    const tail = value.parts.slice(lastHole + 1).map((part) => (part.kind === "literal" ? part.text : "")).join("");
    if (tail !== "") return tail;
  }
  return undefined;
}

function isHostMount(mount: ContainerMount): boolean {
  return mount.kind === "bind" || mount.kind === "hostPath" || mount.kind === "unknown";
}

function pathText(source: RValue): string | undefined {
  if (source.kind === "string") return source.value;
  if (source.kind !== "text") return undefined;
  let text = "";
  for (const [index, part] of source.parts.entries()) {
    if (part.kind === "literal") text += part.text;
    else if (index === 0 && isHome(part)) text += "~";
    else return undefined;
  }
  return text;
}

function isHome(part: Extract<TextPart, { kind: "hole" }>): boolean {
  return part.provenance.kind === "env" && part.provenance.name === "HOME";
}

function normalizedPath(path: string): string {
  const home = path.trim().replace(/^(?:\$\{HOME\}|\$HOME)(?=\/|$)/, "~");
  const collapsed = home.replace(/\/{2,}/g, "/").replace(/\/\.(?=\/|$)/g, "");
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, "") : collapsed;
}
