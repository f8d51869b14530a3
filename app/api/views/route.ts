import { handleListViews } from "@/lib/views/server/views-route";

/** The signed-in person's saved views. */
export const GET = () => handleListViews();
