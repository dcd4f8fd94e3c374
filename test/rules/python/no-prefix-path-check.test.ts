/** no-prefix-path-check on Python agents: what it must flag, the look-alikes it must not, and values resolved across modules. */
import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../../helpers/lint-source.js";

beforeAll(prepareLanguages);

const RULE = "no-prefix-path-check";

function positions(code: string, files: Record<string, string> = {}) {
  return findingsOf(RULE, code, { filename: "agent.py", files }).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.messageId]);
}

describe(`${RULE} (Python)`, () => {
  it("flags realpath().startswith(root)", () => {
    const code = "import os\nROOT = \"/srv/app\"\ndef inside(p):\n    return os.path.realpath(p).startswith(ROOT)\n";
    expect(positions(code)).toEqual([[4, 12, 4, 48, "noSeparator"]]);
  });

  it("flags a resolved Path through a variable", () => {
    const code = "from pathlib import Path\ndef inside(p):\n    full = str(Path(p).resolve())\n    return full.startswith(\"/srv/app\")\n";
    expect(positions(code)).toEqual([[4, 12, 4, 39, "noSeparator"]]);
  });

  it("accepts commonpath, is_relative_to and a separator", () => {
    const code = "import os\nfrom pathlib import Path\nROOT = \"/srv/app\"\ndef a(p):\n    return os.path.commonpath([os.path.realpath(p), ROOT]) == ROOT\ndef b(p):\n    return Path(p).resolve().is_relative_to(ROOT)\ndef c(p):\n    return os.path.realpath(p).startswith(ROOT + os.sep)\n";
    expect(positions(code)).toEqual([]);
  });

  it("flags a root imported from another module", () => {
    const code = "import os\nfrom paths import ROOT\ndef inside(p):\n    return os.path.abspath(p).startswith(ROOT)\n";
    expect(positions(code, {"paths.py": "ROOT = \"/srv/app\"\n"})).toEqual([[4, 12, 4, 47, "noSeparator"]]);
  });
});
