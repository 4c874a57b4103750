import typography from "@tailwindcss/typography";
import type { Config } from "tailwindcss";

// Loaded from app/globals.css with `@config`. Sources are named there too (`source(none)`), so
// reports and logs that git does not ignore never leak classes into the CSS.
export default {
  darkMode: ["variant", "&:where([data-theme=dark], [data-theme=dark] *)"],
  theme: {
    extend: {
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
        serif: ["Iowan Old Style", "Charter", "Georgia", "Cambria", "Times New Roman", "serif"],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
  plugins: [typography],
} satisfies Config;
