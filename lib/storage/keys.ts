/** Every localStorage key Leadwise writes, each holding one independently validated part. */
export const storageKeys = {
  progress: "leadwise:progress",
  sessions: "leadwise:sessions",
  activeSession: "leadwise:active-session",
  stories: "leadwise:stories",
  plan: "leadwise:plan",
  notebook: "leadwise:notebook",
} as const;
