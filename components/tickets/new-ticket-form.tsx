"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ActionFailure } from "@/lib/tickets/action-result";
import { createTicket } from "@/lib/tickets/actions/create-ticket";
import { ticketKeys } from "@/lib/tickets/query-keys";
import {
  fieldErrorsFrom,
  type NewTicketInput,
  newTicketFields,
  newTicketInputSchema,
} from "@/lib/tickets/schemas";
import { FormField } from "../ui/form-field";
import { RequestId } from "../ui/request-id";

type FormState = { status: "idle" | "created" } | { status: "failed"; failure: ActionFailure };

function valuesFrom(formData: FormData): NewTicketInput {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: text("title"),
    body: text("body"),
    contactEmail: text("contactEmail"),
    contactName: text("contactName"),
    foreignID: text("foreignID"),
  };
}

/** Opens a ticket for the account: checked here, checked again by the action, then by Moov (422s land on their fields). */
export function NewTicketForm({ accountID }: { accountID: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const [state, submit, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const values = valuesFrom(formData);
      const checked = newTicketInputSchema.safeParse(values);
      if (!checked.success) {
        return {
          status: "failed",
          failure: {
            ok: false,
            code: "invalid",
            message: "Some fields need attention.",
            fieldErrors: fieldErrorsFrom(checked.error),
          },
        };
      }
      const result = await createTicket({ accountID, ticket: values });
      if (!result.ok) return { status: "failed", failure: result };
      queryClient.setQueryData(ticketKeys.detail(accountID, result.ticket.ticketID), result.ticket);
      await queryClient.invalidateQueries({ queryKey: ticketKeys.lists(accountID) });
      router.push(`/accounts/${accountID}/tickets/${result.ticket.ticketID}`);
      return { status: "created" };
    },
    { status: "idle" },
  );

  const failure = state.status === "failed" ? state.failure : undefined;
  const errors = failure?.fieldErrors ?? {};

  useEffect(() => {
    if (!failure) return;
    const firstInvalid = newTicketFields.find((field) => failure.fieldErrors?.[field]);
    const target = firstInvalid ? form.current?.elements.namedItem(firstInvalid) : null;
    if (target instanceof HTMLElement) target.focus();
    else summary.current?.focus();
  }, [failure]);

  // Dispatched by hand rather than through <form action>, which would reset the fields on every failure.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => submit(formData));
  };

  return (
    <section aria-labelledby="new-ticket-heading" className="flex max-w-2xl flex-col gap-4">
      <h1 id="new-ticket-heading" className="text-2xl font-semibold">
        New ticket
      </h1>
      <p className="text-sm text-ink-muted">
        Moov support will reply to the contact by email and in this ticket&apos;s conversation.
      </p>
      <div ref={summary} tabIndex={-1} role="alert" className="empty:hidden">
        {failure ? (
          <div
            className="flex flex-col gap-1 rounded-lg border border-danger bg-danger-soft p-3 text-sm"
            data-error-code={failure.code}
          >
            <p className="font-semibold">The ticket was not created.</p>
            <p>{failure.message}</p>
            <RequestId id={failure.requestId} />
          </div>
        ) : null}
      </div>
      <form
        ref={form}
        noValidate
        onSubmit={onSubmit}
        className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-5"
      >
        <FormField name="title" label="Title" required maxLength={200} error={errors.title} />
        <FormField
          name="body"
          label="Message"
          multiline
          required
          maxLength={10_000}
          error={errors.body}
          hint="Line breaks are kept."
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            name="contactName"
            label="Contact name"
            autoComplete="name"
            required
            error={errors.contactName}
          />
          <FormField
            name="contactEmail"
            label="Contact email"
            type="email"
            autoComplete="email"
            required
            error={errors.contactEmail}
          />
        </div>
        <FormField
          name="foreignID"
          label="Foreign ID (optional)"
          hint="Your own reference for this ticket, such as an order number."
          maxLength={128}
          error={errors.foreignID}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" aria-disabled={pending}>
            {pending ? "Creating…" : "Create ticket"}
          </Button>
          <Link
            href={`/accounts/${accountID}/tickets`}
            className={buttonVariants({ variant: "ghost" })}
          >
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
