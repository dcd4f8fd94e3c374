import { defineRule } from "../src/core/define-rule.js";
import { INPUT } from "../src/core/inputs.js";

/** Words in a file name that make it a template or example rather than the real thing. */
const PLACEHOLDER_WORDS = new Set(["example", "examples", "sample", "samples", "template", "templates", "dist", "default", "defaults", "schema", "tmpl", "tpl", "stub", "skel", "test", "tests", "testing"]);
/** Words in a `*.pem` name that make it a certificate (public) rather than a private key. */
const CERTIFICATE_WORDS = new Set(["cert", "certs", "certificate", "crt", "ca", "cacert", "cacerts", "chain", "fullchain", "bundle", "root", "intermediate", "trust", "truststore", "pub", "public"]);
/** Words in a `*.key` name that make it a public or package-signing key. */
const PUBLIC_KEY_WORDS = new Set(["pub", "public", "gpg", "pgp", "asc", "signing", "sign", "release", "archive", "keyring", "apt", "repo", "gpgkey"]);
/** Files of `.ssh/` that hold no secret. */
const SSH_PUBLIC_FILES = new Set(["known_hosts", "config", "authorized_keys"]);
const SSH_PRIVATE_KEYS = ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"];

export default defineRule({
  id: "image-no-secret-files",
  severity: "error",
  category: "container",
  inputs: [INPUT.dockerfiles],
  docs: {
    description: "Disallow `COPY`/`ADD` of secret files (`.env`, private keys, `.npmrc`, `.pypirc`, cloud and SSH credentials, kubeconfig) into an image.",
    securitySeverity: 8.0,
  },
  messages: {
    secret:
      "`{{instruction}} {{source}}` puts {{what}} into the image, where every layer is kept: anyone who can pull the image can read it, even after a later step deletes it. Use a build secret (`RUN --mount=type=secret`) or provide it at run time instead.",
  },
  defaultOptions: {},
  check(context) {
    for (const build of context.model.imageBuilds) {
      for (const copy of build.copies) {
        if (!copy.resolved || copy.fromStage !== undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(copy.source)) continue;
        const what = secretFileKind(copy.source);
        if (what) context.report({ messageId: "secret", loc: copy.loc, data: { instruction: copy.instruction, source: copy.source, what } });
      }
    }
  },
});

/** What secret a copied path is, by its name; undefined for other files. */
export function secretFileKind(source: string): string | undefined {
  const segments = source.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".");
  const name = segments[segments.length - 1];
  if (name === undefined) return undefined;
  const directories = new Set(segments);
  if (directories.has(".ssh") && !SSH_PUBLIC_FILES.has(name) && !name.endsWith(".pub")) return "SSH keys (`.ssh/`)";
  if (directories.has(".aws") && name !== "config") return "AWS credentials (`.aws/`)";
  if (directories.has(".kube") || name === "kubeconfig" || name.endsWith(".kubeconfig")) return "a kubeconfig";
  const words = wordsOf(name);
  if (words.some((word) => PLACEHOLDER_WORDS.has(word))) return undefined;
  if (name === ".env" || name.startsWith(".env.")) return "an environment file with secrets (`.env`)";
  if (name === ".npmrc") return "npm credentials (`.npmrc`)";
  if (name === ".pypirc") return "PyPI credentials (`.pypirc`)";
  if (/^credentials(\.|$|[-_])/i.test(name)) return "a credentials file";
  if (SSH_PRIVATE_KEYS.some((key) => name === key || (name.startsWith(`${key}_`) && !name.endsWith(".pub")) || name === `${key}*`)) return "an SSH private key";
  if (name.endsWith(".pem") && !words.some((word) => CERTIFICATE_WORDS.has(word))) return "a private key (`.pem`)";
  if (name.endsWith(".key") && !words.some((word) => PUBLIC_KEY_WORDS.has(word))) return "a private key (`.key`)";
  return undefined;
}

/** The lower-case words of a file name: `rds-ca-2019.pem` → rds, ca, 2019, pem. */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
