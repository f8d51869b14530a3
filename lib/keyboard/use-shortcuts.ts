"use client";

import { useEffect, useRef } from "react";
import {
  type Binding,
  isControlActivation,
  isTypingTarget,
  keyName,
  SequenceMatcher,
} from "./key-sequence";

/**
 * One keydown listener for the whole page, and the bindings every mounted
 * view registers with it: the header's "g a" and a queue's "j" share one
 * sequence state, so "g" then "c" is never half a go-to and half a close.
 */
const registered = new Set<{ current: readonly Binding[] }>();
const matcher = new SequenceMatcher();

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || event.isComposing) return;
  // A field being typed in keeps its letters; an open dialog has its own keys.
  if (isTypingTarget(event.target)) return matcher.reset();
  if (document.querySelector("dialog[open]")) return matcher.reset();
  const name = keyName(event);
  if (!name || isControlActivation(name, event.target)) return matcher.reset();
  const bindings = [...registered].flatMap((entry) => entry.current);
  const result = matcher.press(name, bindings, event.timeStamp || performance.now());
  if (result === null) return;
  event.preventDefault();
  if (result !== "pending") result.run();
}

/**
 * Binds keys while the calling component is mounted. The bindings may change
 * every render (they close over current state); the latest ones are used.
 * Enter is a binding only where it names a shortcut: on a link or button it
 * keeps doing what the browser does (see isControlActivation).
 */
export function useShortcuts(bindings: readonly Binding[]): void {
  const latest = useRef(bindings);
  latest.current = bindings;
  useEffect(() => {
    const entry = latest;
    if (registered.size === 0) document.addEventListener("keydown", onKeyDown);
    registered.add(entry);
    return () => {
      registered.delete(entry);
      if (registered.size === 0) document.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
