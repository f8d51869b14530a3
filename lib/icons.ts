/**
 * The icons the app draws, by their lucide names. Each is a CSS mask
 * (app/icon-masks.css, generated from lucide's own drawings by
 * scripts/icon-masks.ts): one empty element per icon instead of an SVG of
 * three or four, and no component work on the server. A queue page draws
 * about forty of them. Add a name here, then run `npm run icons`.
 */
export const iconNames = [
  "arrow-down",
  "arrow-left",
  "arrow-up",
  "arrow-up-down",
  "bookmark-plus",
  "chart-column",
  "check",
  "chevron-down",
  "chevrons-up-down",
  "circle-check",
  "circle-dashed",
  "circle-dot",
  "circle-ellipsis",
  "circle-pause",
  "circle-question-mark",
  "clock",
  "cloud-off",
  "copy",
  "download",
  "eye-off",
  "inbox",
  "info",
  "keyboard",
  "layers",
  "layout-list",
  "link-2",
  "list-filter",
  "loader-circle",
  "lock",
  "log-in",
  "log-out",
  "menu",
  "pencil",
  "plus",
  "refresh-cw",
  "rows-3",
  "search",
  "shield-alert",
  "trash-2",
  "triangle-alert",
  "x",
] as const;

export type IconName = (typeof iconNames)[number];
