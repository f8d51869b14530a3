import { clsx } from "clsx";
import type { ComponentProps } from "react";

type FormFieldProps = {
  name: string;
  label: string;
  error?: string;
  /** Marked invalid without a message of its own (the form's summary says why). */
  invalid?: boolean;
  hint?: string;
  multiline?: boolean;
} & Omit<ComponentProps<"input">, "name"> &
  Pick<ComponentProps<"textarea">, "rows">;

const control =
  "w-full rounded-md border bg-surface px-3 py-2 text-sm text-ink placeholder:text-ink-muted aria-[invalid=true]:border-danger";

/** A labelled control whose error is tied to it (aria-describedby) and announced with the form's summary. */
export function FormField({
  name,
  label,
  error,
  invalid,
  hint,
  multiline,
  rows,
  id,
  ...props
}: FormFieldProps) {
  const controlID = id ?? `field-${name}`;
  const hintID = `${controlID}-hint`;
  const errorID = `${controlID}-error`;
  const describedBy =
    [hint ? hintID : null, error ? errorID : null].filter(Boolean).join(" ") || undefined;
  const shared = {
    id: controlID,
    name,
    "aria-invalid": error || invalid ? true : undefined,
    "aria-describedby": describedBy,
    className: clsx(control, error || invalid ? "border-danger" : "border-line"),
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={controlID} className="text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintID} className="text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          {...shared}
          rows={rows ?? 6}
          defaultValue={props.defaultValue}
          required={props.required}
          maxLength={props.maxLength}
        />
      ) : (
        <input {...props} {...shared} />
      )}
      {error ? (
        <p id={errorID} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
