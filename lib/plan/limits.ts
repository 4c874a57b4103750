/** The bounds of a plan's settings, apart from the scheduler so storage checks stay small. */
export const minutesLimits = { min: 15, max: 240 } as const;
export const maxPlanDays = 180;
