import { Fragment } from "react";
import { type HelpRow, keysHeldTogether } from "@/lib/keyboard/help-groups";

const kbdLook =
  "inline-flex min-w-6 items-center justify-center rounded border border-line bg-surface-muted px-1.5 py-0.5 font-mono text-xs font-medium text-ink shadow-[0_1px_0_var(--line)]";
const joinerLook = "text-xs text-ink-muted";

/**
 * Keys as keycaps: "Shift + C", "g then a", "Enter or o". The spaces between
 * the parts take no room in the flex row but keep the words apart for a
 * screen reader ("g then a", never "gthena").
 */
export function ShortcutKeys({ alternatives }: Pick<HelpRow, "alternatives">) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {alternatives.map((sequence, choice) => (
        <Fragment key={sequence.join(" ")}>
          {choice > 0 ? <Joiner word="or" /> : null}
          {sequence.map((key, step) => (
            <Fragment key={key}>
              {step > 0 ? <Joiner word="then" /> : null}
              <kbd className="inline-flex items-center gap-0.5">
                {keysHeldTogether(key).map((part, index) => (
                  <Fragment key={part}>
                    {index > 0 ? <Joiner word="+" /> : null}
                    <kbd className={kbdLook}>{part}</kbd>
                  </Fragment>
                ))}
              </kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}

function Joiner({ word }: { word: string }) {
  return (
    <>
      {" "}
      <span className={joinerLook}>{word}</span>{" "}
    </>
  );
}
