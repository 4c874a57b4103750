/** The site's button looks, in one place so every button of a kind matches. */

const buttonBase = "inline-flex min-h-11 items-center rounded-md px-4 font-semibold";

/** The one main action of a screen. */
export const primaryButton = `${buttonBase} bg-accent text-accent-fg`;

/** Every other action. */
export const secondaryButton = `${buttonBase} border border-border text-fg hover:bg-surface`;

/** An action that deletes the learner's data. */
export const dangerButton = `${buttonBase} bg-bad text-bg`;

/** A link laid out as a secondary button. */
export const secondaryButtonInline = `no-underline ${secondaryButton}`;
