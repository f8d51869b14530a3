import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentAgent } from "@/lib/auth/agent";
import { appOrigin } from "@/lib/auth/app-origin";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { ssoConfigured } from "@/lib/auth/sign-in/auth-options";
import { signInNotice } from "@/lib/auth/sign-in/sign-in-messages";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(first(params.callbackUrl), await appOrigin());
  const reason = first(params.reason);
  // Someone already signed in goes straight on, unless the page is telling them why a session ended.
  if (!reason && (await currentAgent())) redirect(callbackUrl);
  const notice = signInNotice({ error: first(params.error), reason });

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-line bg-surface p-8 shadow-sm">
        <p className="text-sm font-medium text-ink-muted">Support Desk</p>
        <h1 className="mt-1 text-2xl font-semibold text-ink">Sign in</h1>
        <p className="mt-2 text-sm text-ink-muted">
          Work the Moov support tickets of the accounts you act for.
        </p>
        <SignInForm
          callbackUrl={callbackUrl}
          notice={notice}
          sso={ssoConfigured() ? { name: env().OIDC_NAME } : undefined}
        />
      </div>
    </main>
  );
}
