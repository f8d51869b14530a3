import type { MessageDTO } from "./dto";

/** Messages have no ID: author and time identify one, with a counter for exact repeats. */
export function keyedMessages(
  messages: readonly MessageDTO[],
): Array<{ key: string; message: MessageDTO }> {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const base = `${message.sentOn}|${message.author}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: `${base}|${count}`, message };
  });
}
