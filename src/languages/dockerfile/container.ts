/**
 * The container a Dockerfile's image starts as: its final stage (or the `--target` stage a
 * compose `build` names), with USER and ENV inherited through the stages it is built `FROM`.
 */
import type { ContainerSpec } from "../../model/container.js";
import type { ResolvedDockerfile, ResolvedStage } from "./stages.js";
import { startInvocations } from "./start-command.js";

export function finalStageContainer(resolved: ResolvedDockerfile): ContainerSpec | undefined {
  const stage = resolved.stages[resolved.stages.length - 1];
  return stage && stageContainer(resolved, stage);
}

export function stageContainer(resolved: ResolvedDockerfile, stage: ResolvedStage): ContainerSpec {
  const { document } = resolved;
  const final = stage.stage.index === resolved.stages.length - 1;
  const label = final ? "the final stage" : "the stage";
  const loc = document.locate(stage.stage.from.getRange());
  const runs = startInvocations(resolved, stage, loc);
  return {
    source: "dockerfile",
    file: document.path,
    name: stage.stage.name ? `${label} "${stage.stage.name}"` : label,
    loc,
    open: false,
    ...(runs.length > 0 && { runs }),
    ...(stage.user && { user: stage.user }),
    hostNamespaces: {},
    mounts: [],
    environment: [...stage.environment, ...stage.buildArguments],
  };
}
