import type { Config } from "tailwindcss";

/**
 * Design tokens. Colours are CSS variables (defined in app/globals.css for the
 * light and dark themes) so one class such as `bg-status-new` serves both.
 * Each status has a background, a foreground and a border colour chosen for
 * WCAG AA contrast (≥ 4.5:1 text on its background) in both themes.
 */
const statusColour = (status: string) => ({
  DEFAULT: `var(--status-${status}-bg)`,
  fg: `var(--status-${status}-fg)`,
  border: `var(--status-${status}-border)`,
});

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        canvas: "var(--canvas)",
        surface: "var(--surface)",
        "surface-muted": "var(--surface-muted)",
        ink: "var(--ink)",
        "ink-muted": "var(--ink-muted)",
        line: "var(--line)",
        accent: { DEFAULT: "var(--accent)", fg: "var(--accent-fg)" },
        danger: { DEFAULT: "var(--danger)", fg: "var(--danger-fg)", soft: "var(--danger-soft)" },
        focus: "var(--focus)",
        waiting: { amber: "var(--waiting-amber)", red: "var(--waiting-red)" },
        status: {
          new: statusColour("new"),
          "in-progress": statusColour("in-progress"),
          "on-hold": statusColour("on-hold"),
          closed: statusColour("closed"),
        },
      },
      fontFamily: {
        sans: ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
      },
    },
  },
} satisfies Config;
