/**
 * Every keyboard shortcut, in the words the help dialog (`?`) and the README
 * use. The bindings themselves live with the views that act on them; this list
 * is what a person is told, so a binding added without a line here is a
 * shortcut nobody can find.
 */
export type ShortcutHelp = {
  /** Keys pressed one after the other: ["g", "a"] is g then a. */
  keys: readonly string[];
  description: string;
  where: "Queues" | "Anywhere";
};

export const shortcutList: readonly ShortcutHelp[] = [
  { keys: ["j"], description: "Move to the next ticket", where: "Queues" },
  { keys: ["k"], description: "Move to the previous ticket", where: "Queues" },
  { keys: ["Enter"], description: "Open the focused ticket", where: "Queues" },
  { keys: ["o"], description: "Open the focused ticket", where: "Queues" },
  { keys: ["x"], description: "Select or unselect the focused ticket", where: "Queues" },
  { keys: ["c"], description: "Close the focused ticket (asks first)", where: "Queues" },
  { keys: ["Shift+C"], description: "Close the selected tickets (asks first)", where: "Queues" },
  { keys: ["/"], description: "Search by foreign ID", where: "Queues" },
  { keys: ["g", "a"], description: "Go to all accounts", where: "Anywhere" },
  { keys: ["g", "i"], description: "Go to the current account's queue", where: "Anywhere" },
  { keys: ["?"], description: "Show these shortcuts", where: "Anywhere" },
];
