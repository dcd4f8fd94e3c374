/** Environment writes of a whole mapping (`Object.assign(process.env, {...})`, `os.environ.update({...})`). */
import type { EnvironmentWrite } from "../model/file-model.js";
import { alternatives, type RValue } from "../model/value.js";

/** One write per entry of each object `value` may be, under that alternative's condition. */
export function environmentEntries(value: RValue, api: string): EnvironmentWrite[] {
  return alternatives(value).flatMap(({ value: object, when }) =>
    object.kind === "object" ? object.entries.map((entry) => ({ name: entry.key, nameLoc: entry.keyLoc, value: entry.value, api, ...(when ? { when } : {}) })) : [],
  );
}
