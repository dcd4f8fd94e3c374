/**
 * An image reference as the container engines read it: `[registry[:port]/]path[:tag][@digest]`.
 * The tag is after the last `:` of the last path segment, so a registry port is never a tag.
 */
export interface ImageReference {
  /** Everything before the tag and digest: `ghcr.io/acme/agent`. */
  readonly name: string;
  readonly tag?: string;
  /** `sha256:…`. */
  readonly digest?: string;
}

export function parseImageReference(reference: string): ImageReference {
  const at = reference.indexOf("@");
  const withoutDigest = at < 0 ? reference : reference.slice(0, at);
  const digest = at < 0 ? undefined : reference.slice(at + 1);
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", slash + 1);
  const name = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
  const tag = colon < 0 ? undefined : withoutDigest.slice(colon + 1);
  return { name, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

const DOMAIN_PART = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?)`;
const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
/** The reference grammar of the distribution spec (what `docker pull` accepts). */
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

/**
 * Whether the text is an image reference an engine would pull, rather than a placeholder a tool
 * replaces first (`ko://…`, `__IMAGE__`, `${IMAGE}`, `<your-image>`).
 */
export function isImageReference(text: string): boolean {
  return REFERENCE.test(text);
}
