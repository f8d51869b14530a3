/**
 * Turning keydown events into shortcuts, without the DOM: which key a press
 * names, whether it belongs to a field being typed in, and sequences such as
 * "g a" (the second key within a second of the first).
 */
export type KeyPress = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
};

/** How long "g" waits for its second key. */
export const sequenceTimeoutMs = 1_000;

/**
 * The name a press has in a binding: "j", "Enter", "?", "Shift+C". Printable
 * symbols already carry their Shift ("?" is Shift+/), so only letters name it.
 * A press with Ctrl, Cmd or Alt is the browser's or the system's: never ours.
 */
export function keyName(press: KeyPress): string | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const { key } = press;
  if (/^[a-z]$/i.test(key))
    return press.shiftKey ? `Shift+${key.toUpperCase()}` : key.toLowerCase();
  return key;
}

const textInputTypes = new Set([
  "text",
  "search",
  "email",
  "password",
  "number",
  "tel",
  "url",
  "date",
  "datetime-local",
  "month",
  "time",
  "week",
]);

/** Fields where a letter is text: a shortcut there would eat what the person types. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

/** Roles whose Enter (or Space) the browser or the widget itself acts on. */
const controlRoles = new Set([
  "button",
  "link",
  "menuitem",
  "checkbox",
  "radio",
  "switch",
  "tab",
  "option",
]);

/**
 * Enter or Space on a link, button or other control activates that control:
 * a queue's Enter binding must never swallow the press that follows a link or
 * submits a form, wherever focus is.
 */
export function isControlActivation(name: string, target: EventTarget | null): boolean {
  if (name !== "Enter" && name !== " ") return false;
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.closest("a[href], button, summary, select, input")) return true;
  const role = target.getAttribute("role");
  return role !== null && controlRoles.has(role);
}

export type Binding = { keys: readonly string[]; run: () => void };

/**
 * Matches presses against bindings, one sequence at a time. A press that
 * starts a longer sequence ("g") waits for the next; any other press, or too
 * long a pause, starts over.
 */
export class SequenceMatcher {
  private pending: string[] = [];
  private pendingSince = 0;

  /** The binding this press completes, "pending" if it may still complete one, or null. */
  press(name: string, bindings: readonly Binding[], now: number): Binding | "pending" | null {
    const fresh = this.pending.length > 0 && now - this.pendingSince <= sequenceTimeoutMs;
    const attempt = fresh ? [...this.pending, name] : [name];
    const result = this.match(attempt, bindings);
    if (result !== null || !fresh) return this.settle(attempt, result, now);
    // The pending prefix led nowhere: the press stands on its own.
    return this.settle([name], this.match([name], bindings), now);
  }

  reset(): void {
    this.pending = [];
  }

  private match(attempt: string[], bindings: readonly Binding[]): Binding | "pending" | null {
    const same = (keys: readonly string[]) => attempt.every((key, index) => keys[index] === key);
    const exact = bindings.find((b) => b.keys.length === attempt.length && same(b.keys));
    if (exact) return exact;
    return bindings.some((b) => b.keys.length > attempt.length && same(b.keys)) ? "pending" : null;
  }

  private settle(attempt: string[], result: Binding | "pending" | null, now: number) {
    if (result === "pending") {
      this.pending = attempt;
      this.pendingSince = now;
    } else {
      this.pending = [];
    }
    return result;
  }
}
