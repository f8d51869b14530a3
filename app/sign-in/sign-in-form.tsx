"use client";

import { clsx } from "clsx";
import { signIn } from "next-auth/react";
import { type FormEvent, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { LogIn } from "@/components/ui/icons";
import { signInNotice } from "@/lib/auth/sign-in/sign-in-messages";

type Notice = NonNullable<ReturnType<typeof signInNotice>>;

type Props = {
  callbackUrl: string;
  notice?: Notice;
  sso?: { name: string };
};

/**
 * Email and password through next-auth's credentials provider. A full page
 * load follows success, so proxy.ts sees the new session cookie.
 */
export function SignInForm({ callbackUrl, notice: initialNotice, sso }: Props) {
  const [notice, setNotice] = useState<Notice | undefined>(initialNotice);
  const [pending, startTransition] = useTransition();
  const noticeID = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(undefined);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        callbackUrl,
        redirect: false,
      }).catch(() => undefined);
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setNotice(signInNotice({ error: result?.error ?? "Unknown" }));
    });
  }

  const hasError = notice?.tone === "error";
  return (
    <div className="mt-6 flex flex-col gap-6 [&>:first-child:empty]:-mb-6">
      <div aria-live="polite" id={noticeID}>
        {notice ? (
          <p
            role={hasError ? "alert" : "status"}
            className={clsx(
              "rounded-md border px-3 py-2 text-sm",
              hasError
                ? "border-danger bg-danger-soft text-ink"
                : "border-line bg-surface-muted text-ink",
            )}
          >
            {notice.text}
          </p>
        ) : null}
      </div>
      {/* POST even before the script has loaded: a GET would put the password in the URL. */}
      <form
        method="post"
        onSubmit={submit}
        className="flex flex-col gap-4"
        aria-describedby={notice ? noticeID : undefined}
      >
        <FormField
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          // The page exists to sign in: the first field takes the typing at once.
          autoFocus
          required
          maxLength={254}
          invalid={hasError}
        />
        <FormField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          invalid={hasError}
        />
        <Button type="submit" variant="primary" disabled={pending}>
          <LogIn className="size-4" />
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {sso ? (
        <>
          <div className="flex items-center gap-3 text-xs text-ink-muted" aria-hidden="true">
            <span className="h-px flex-1 bg-line" />
            or
            <span className="h-px flex-1 bg-line" />
          </div>
          <Button onClick={() => signIn("sso", { callbackUrl })} disabled={pending}>
            Sign in with {sso.name}
          </Button>
        </>
      ) : null}
    </div>
  );
}
