/**
 * The containers a code file is built into, found from the file's side (src/analysis/
 * deployments.ts): a compose service whose build copies it, or the image a Dockerfile beside
 * or above it builds from it. Messages about an agent built in the file name them, because
 * the container is what is left to confine an agent that checks none of its tool calls.
 */
export interface Deployment {
  /** The container, as messages name it: `service "agent" of deploy/compose.yaml`, `the image of docker/Dockerfile`. */
  readonly container: string;
  /** The instruction that copies the file in, as written: `COPY . /app`. */
  readonly copiedBy: string;
}

/** At most this many containers are named in a message; the rest are counted. */
const NAMED = 2;

/** A sentence for messages about an agent in a file built into containers; nothing when it is built into none. */
export function deploymentNote(deployments: readonly Deployment[]): string {
  if (deployments.length === 0) return "";
  const named = deployments.slice(0, NAMED).map((deployment) => `${deployment.container} (\`${deployment.copiedBy}\`)`);
  const more = deployments.length - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${more} more` : named.join(" and ");
  const where = deployments.length === 1 ? "there" : "in one of them";
  return ` This file is built into ${list}: if the agent runs ${where}, it can use whatever that container allows.`;
}
