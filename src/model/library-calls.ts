/**
 * Calls to library APIs whose arguments say something a rule judges — a container the Docker
 * SDK starts — recorded by the code extractors with their resolved arguments, and read by the
 * model layer (docker-sdk.ts). The extractors know how to recognise a call; what a call means
 * is decided here, from the API's name.
 *
 * An API is named by what its receiver is built from, recognised through imports only: a
 * module's function (`subprocess.run`), a method of an instance a module's factory or class
 * returns (`docker.from_env().containers.run`, `new dockerode().createContainer`).
 */
import type { Location } from "../core/types.js";
import type { RValue } from "./value.js";

export interface LibraryCall {
  /** The API, as named above. */
  readonly api: string;
  /** The whole call. */
  readonly loc: Location;
  /** The called function's or method's name (`createContainer`), where findings about the call as a whole point. */
  readonly nameLoc: Location;
  /** The positional arguments, resolved; an array value, open when a spread may add more. */
  readonly positional: Extract<RValue, { kind: "array" }>;
  /** Keyword arguments (Python), as an object value, open when `**kwargs` may add some. */
  readonly keywords: Extract<RValue, { kind: "object" }>;
}
