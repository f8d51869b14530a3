"use client";

import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { toUserError, UserFacingError } from "@/lib/errors/user-error";
import { type SavedView, savedViewSchema, viewKeys, viewsAPI } from "./view";

const listSchema = z.object({ views: z.array(savedViewSchema) });

async function fetchViews(signal: AbortSignal): Promise<SavedView[]> {
  const response = await fetch(viewsAPI, { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new UserFacingError(toUserError(body));
  return listSchema.parse(body).views as SavedView[];
}

export const viewListOptions = () =>
  queryOptions({ queryKey: viewKeys.list(), queryFn: ({ signal }) => fetchViews(signal) });

/** The person's saved views, read in the browser (the Views menu never holds up a page). */
export function useSavedViews() {
  return useQuery(viewListOptions());
}

/** After a view is saved, renamed or deleted: every list of views reads again. */
export function useInvalidateViews() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: viewKeys.all });
}
