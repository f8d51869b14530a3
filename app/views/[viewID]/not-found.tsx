import { ViewMessage } from "@/components/views/view-message";

export default function ViewNotFound() {
  return <ViewMessage kind="not-found" />;
}
