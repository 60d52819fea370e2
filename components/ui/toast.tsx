"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { Icon } from "./icon";

type Tone = "success" | "danger" | "neutral";
type Toast = { id: number; title: string; description?: ReactNode; tone: Tone };
type ToastInput = Omit<Toast, "id" | "tone"> & { tone?: Tone };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** Short confirmations in the bottom-right corner, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = ++next.current;
      setToasts((list) => [...list.slice(-2), { tone: "neutral", ...input, id }]);
      setTimeout(() => dismiss(id), input.tone === "danger" ? 8000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed bottom-4 right-4 z-[100] flex w-[360px] flex-col gap-2"
      >
        {toasts.map((t) => (
          <div
            key={t.id}
            role="status"
            className="pointer-events-auto flex items-start gap-3 rounded-lg border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          >
            <Icon
              name={t.tone === "success" ? "checkCircle" : t.tone === "danger" ? "alertCircle" : "info"}
              size={16}
              className={cn(
                "mt-0.5 shrink-0",
                t.tone === "success"
                  ? "text-emerald-600 dark:text-emerald-400"
                  : t.tone === "danger"
                    ? "text-red-600 dark:text-red-400"
                    : "text-zinc-500",
              )}
            />
            <div className="min-w-0 flex-1">
              <p className="text-[13px] font-medium text-zinc-900 dark:text-zinc-100">{t.title}</p>
              {t.description && (
                <div className="mt-0.5 text-xs leading-4 text-zinc-500 dark:text-zinc-400">{t.description}</div>
              )}
            </div>
            <button
              type="button"
              aria-label="Dismiss"
              onClick={() => dismiss(t.id)}
              className="-m-1 rounded p-1 text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-200"
            >
              <Icon name="x" size={14} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error("useToast needs <ToastProvider>");
  return toast;
}
