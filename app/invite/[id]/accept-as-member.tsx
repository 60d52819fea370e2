"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Someone already signed in as the invited email joins with one click. */
export function AcceptAsMember({ id }: { id: string }) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const accept = async () => {
    setIsBusy(true);
    const res = await fetch(`/api/v1/invitations/${id}/accept`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    if (res.ok) return void window.location.assign("/endpoints");
    setError(((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? `HTTP ${res.status}`);
    setIsBusy(false);
  };
  return (
    <div className="flex flex-col gap-3">
      {error && (
        <p role="alert" className="text-[13px] text-red-600">
          {error}
        </p>
      )}
      <Button variant="primary" isBusy={isBusy} onClick={() => void accept()}>
        Join workspace
      </Button>
    </div>
  );
}
