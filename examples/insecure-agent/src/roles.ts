// What each kind of user may ask the agent to do.
export const ROLE_TOOLS = {
  viewer: ["Read", "Grep"],
  maintainer: ["Read", "Edit", "Bash"],
} as const;

export type Role = keyof typeof ROLE_TOOLS;
