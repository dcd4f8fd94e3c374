// `node --import ./log-loads.mjs …`: registers log-loads-hooks.mjs in the process.
import { register } from "node:module";

register("./log-loads-hooks.mjs", import.meta.url);
