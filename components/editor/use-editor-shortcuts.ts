"use client";

import { useEffect } from "react";
import type { EditorStore } from "@/lib/editor-store/create-editor-store";
import { PALETTE_SEARCH_ID } from "./palette";

/** True while typing somewhere: the browser's own editing keys (undo in a field, copy text) win there. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !["checkbox", "radio", "button", "submit", "range", "color"].includes(target.type);
  return false;
}

/** Whether a canvas shortcut (delete, copy, select all) applies: focus on the canvas or on nothing in particular. */
function isCanvasFocus(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || !!target.closest(".react-flow");
}

/**
 * The editor's keyboard: Ctrl/Cmd+S saves, Ctrl/Cmd+Enter runs the test request, Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, Delete/Backspace
 * removes the selection, Ctrl/Cmd+C/V/D copy, paste and duplicate nodes, Ctrl/Cmd+A selects all, / searches nodes.
 */
export function useEditorShortcuts(store: EditorStore, onSave: () => void) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // Dialogs are modal: their keys are theirs.
      if (document.querySelector("dialog[open]")) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const s = store.getState();
      if (mod && key === "s") {
        e.preventDefault();
        onSave();
        return;
      }
      // Runs the test request from anywhere, a field being typed in included (Enter there is the field's own).
      if (mod && e.key === "Enter") {
        e.preventDefault();
        void s.runTest();
        return;
      }
      const editing = isEditable(e.target);
      if (mod && key === "z" && !editing) {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
        return;
      }
      if (mod && key === "y" && !editing) {
        e.preventDefault();
        s.redo();
        return;
      }
      if (editing || !isCanvasFocus(e.target)) return;
      if ((e.key === "Delete" || e.key === "Backspace") && !mod) {
        e.preventDefault();
        s.deleteSelection();
      } else if (mod && key === "c" && !window.getSelection()?.toString()) {
        if (s.copySelection() > 0) e.preventDefault();
      } else if (mod && key === "v") {
        e.preventDefault();
        s.paste();
      } else if (mod && key === "d") {
        e.preventDefault();
        s.duplicateSelection();
      } else if (mod && key === "a") {
        e.preventDefault();
        s.selectAll();
      } else if (e.key === "Escape") {
        s.clearSelection();
      } else if (e.key === "/" && !mod) {
        e.preventDefault();
        document.getElementById(PALETTE_SEARCH_ID)?.focus();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store, onSave]);
}
