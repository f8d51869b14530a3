/**
 * Runs at most `slots` tasks at once; the rest wait in arrival order. Used to
 * keep CPU-bound work (bcrypt) from piling up on the one JavaScript thread.
 */
export type ConcurrencyLimit = <T>(task: () => Promise<T>) => Promise<T>;

export function concurrencyLimit(slots: number): ConcurrencyLimit {
  if (!Number.isInteger(slots) || slots < 1)
    throw new RangeError("slots must be a positive integer");
  let running = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so a newcomer cannot overtake the queue.
    if (next) next();
    else running--;
  };

  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < slots) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}
