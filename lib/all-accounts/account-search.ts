/** Whether an account matches what was typed in a search field: its name or its ID. */
export function accountMatches(
  account: { accountID: string; displayName: string },
  query: string,
): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  return [account.displayName, account.accountID].some((text) =>
    text.toLowerCase().includes(wanted),
  );
}
