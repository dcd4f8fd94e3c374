/**
 * The Dockerfile extractor: dockerfile-ast for the instructions, the shell front end for what
 * RUN, CMD and ENTRYPOINT run. It yields the container of the final stage, the image build
 * (base images, RUN scripts, COPY/ADD sources, ENV/ARG values), the programs started, the
 * comments and the first problem `docker build` would stop at.
 */
import type { FileNotice, SourceFile } from "../../core/types.js";
import { emptyFileModel, type FileModel } from "../../model/file-model.js";
import type { ExtractContext } from "../language.js";
import { prepareShell } from "../shell/index.js";
import { dockerfileCliInvocations } from "./cli-invocations.js";
import { dockerfileComments } from "./comments.js";
import { finalStageContainer } from "./container.js";
import { DockerfileDocument, isReadableDockerfile, MAX_DOCKERFILE_BYTES } from "./document.js";
import { imageBuild } from "./image-build.js";
import { firstParseProblem } from "./problems.js";
import { resolveDockerfile } from "./stages.js";

export function prepareDockerfile(): Promise<void> {
  return prepareShell();
}

export function extractDockerfile(file: SourceFile, _context: ExtractContext): FileModel {
  if (!isReadableDockerfile(file.text)) return { ...emptyFileModel(file), notices: [oversizedNotice(file)] };
  const document = new DockerfileDocument(file.path, file.text);
  const resolved = resolveDockerfile(document);
  const { build, scripts } = imageBuild(resolved);
  const container = finalStageContainer(resolved);
  const problem = firstParseProblem(document);
  return {
    ...emptyFileModel(file),
    containers: container ? [container] : [],
    imageBuilds: [build],
    cliInvocations: dockerfileCliInvocations(resolved, scripts),
    parseProblems: problem ? [problem] : [],
    comments: dockerfileComments(document, scripts),
  };
}

function oversizedNotice(file: SourceFile): FileNotice {
  const kib = Math.round(file.text.length / 1024);
  return {
    file: file.path,
    kind: "not-analysed",
    message: `Skipped ${file.path}: at ${kib} KiB it is far larger than a Dockerfile (the limit is ${MAX_DOCKERFILE_BYTES / 1024} KiB), so it was not read as one.`,
  };
}
