/**
 * The host path a container mount exposes, as far as it is known: `~` stands for the home
 * directory however it was written (`~`, `$HOME`, `${HOME}`, `os.homedir()`), separators are
 * collapsed and a trailing `/` dropped. Named volumes and tmpfs mounts expose no host path.
 */
import type { ContainerMount } from "./container.js";
import type { RValue, TextPart } from "./value.js";

/** The whole host path, or undefined when the mount is not a host mount or part of its path is unknown. */
export function mountedHostPath(mount: ContainerMount): string | undefined {
  if (!isHostMount(mount)) return undefined;
  const text = pathText(mount.source);
  return text === undefined ? undefined : normalizedPath(text);
}

/** The literal end of the host path after its last unknown part (`/docker.sock` of `${XDG_RUNTIME_DIR}/docker.sock`). */
export function knownPathEnd(mount: ContainerMount): string | undefined {
  if (!isHostMount(mount)) return undefined;
  const whole = mountedHostPath(mount);
  if (whole !== undefined) return whole;
  if (mount.source.kind !== "text") return undefined;
  const parts = mount.source.parts;
  const lastHole = parts.map((part) => part.kind).lastIndexOf("hole");
  const tail = parts.slice(lastHole + 1).map((part) => (part.kind === "literal" ? part.text : "")).join("");
  return tail === "" ? undefined : tail;
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
