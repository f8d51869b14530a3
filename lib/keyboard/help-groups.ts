import { type ShortcutHelp, shortcutList } from "./shortcut-list";

/** One line of help: the key sequences that do the same thing ("Enter" or "o"), and what. */
export type HelpRow = { alternatives: (readonly string[])[]; description: string };
export type HelpGroup = { where: ShortcutHelp["where"]; rows: HelpRow[] };

/**
 * The shortcut list as the help dialog and the README show it: grouped by
 * where the shortcuts work, in the list's order, with shortcuts that share a
 * description on one line.
 */
export function helpGroups(list: readonly ShortcutHelp[] = shortcutList): HelpGroup[] {
  const groups: HelpGroup[] = [];
  for (const shortcut of list) {
    let group = groups.find((candidate) => candidate.where === shortcut.where);
    if (!group) {
      group = { where: shortcut.where, rows: [] };
      groups.push(group);
    }
    const row = group.rows.find((candidate) => candidate.description === shortcut.description);
    if (row) row.alternatives.push(shortcut.keys);
    else group.rows.push({ alternatives: [shortcut.keys], description: shortcut.description });
  }
  return groups;
}

/** "Shift+C" is two keys held together, shown as two keycaps. */
export function keysHeldTogether(key: string): string[] {
  return key.length > 1 && key.includes("+") ? key.split("+") : [key];
}
