/** The site's button looks, in one place so every button of a kind matches. */

const buttonBase = "min-h-11 rounded-md px-4 font-semibold";

/** The one main action of a screen. */
export const primaryButton = `${buttonBase} bg-accent text-accent-fg`;

/** Every other action. */
export const secondaryButton = `${buttonBase} border border-border text-fg hover:bg-surface`;

/** A link or button laid out as a secondary button (centres its label, works on `<a>`). */
export const secondaryButtonInline = `inline-flex items-center no-underline ${secondaryButton}`;

/** An action that deletes the learner's data. */
export const dangerButton = `${buttonBase} bg-bad text-bg`;
