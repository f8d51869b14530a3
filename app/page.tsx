export default function HomePage() {
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">Support Desk</h1>
      <p className="mt-2 text-ink-muted">
        Work the Moov support tickets of the accounts you act for.
      </p>
    </main>
  );
}
