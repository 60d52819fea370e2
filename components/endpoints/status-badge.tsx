import { Badge } from "@/components/ui/badge";

/** An HTTP status as a coloured pill: 2xx green, 4xx amber, 5xx red, none grey. */
export function StatusBadge({ status }: { status: number | null }) {
  if (status === null) return <Badge>pending</Badge>;
  const tone =
    status >= 500 ? "danger" : status >= 400 ? "warning" : status >= 200 && status < 300 ? "success" : "neutral";
  return <Badge tone={tone}>{status}</Badge>;
}
