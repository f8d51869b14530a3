/**
 * One value per server process. Next bundles proxy.ts apart from the route
 * handlers and pages, so a module-level cache would exist once per bundle; a
 * value kept on globalThis is shared by all of them.
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`support-desk.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = store[key];
  if (existing !== undefined) return existing;
  const created = create();
  store[key] = created;
  return created;
}
