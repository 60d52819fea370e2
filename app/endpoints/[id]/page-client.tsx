"use client";

import { Editor } from "@/components/editor/editor";
import { hookstackApi } from "@/lib/editor-store/api-client";
import type { TEndpoint } from "@/lib/editor-store/types";

export function EditorPageClient({ endpoint, readOnly }: { endpoint: TEndpoint; readOnly: boolean }) {
  return <Editor endpoint={endpoint} api={hookstackApi} readOnly={readOnly} />;
}
