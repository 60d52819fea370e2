"use client";

import { createContext, useContext } from "react";

/** True for a viewer: the editor shows the stack and its history but offers nothing that changes or runs it. */
export const ReadOnlyContext = createContext(false);

export function useIsReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
