import { clsx } from "clsx";
import { Search } from "@/components/ui/icons";

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  /** For a field in a panel opened to search: typing filters at once. */
  autoFocus?: boolean;
};

/** A search box named by `label` (read out, and shown as its placeholder). */
export function SearchField({ label, value, onChange, className, autoFocus }: Props) {
  return (
    <label
      className={clsx(
        "flex items-center gap-2 rounded-md border border-line bg-surface px-2 focus-within:outline-2 focus-within:outline-focus",
        className,
      )}
    >
      <Search className="size-4 text-ink-muted" />
      <span className="sr-only">{label}</span>
      <input
        // biome-ignore lint/a11y/noAutofocus: only where the caller opened a panel to search in it.
        autoFocus={autoFocus}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={label}
        className="h-9 w-full bg-transparent text-sm text-ink placeholder:text-ink-muted focus-visible:outline-none"
      />
    </label>
  );
}
