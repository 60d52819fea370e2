import { EventEmitter } from "node:events";

export type TRequestLoggedEvent = { endpointId: string; requestId: string; source: string };

const KEY = Symbol.for("hookstack.runEvents");
type Holder = { [KEY]?: EventEmitter };

/** In-process notifications of new history rows (the editor's "listen for a live request"). */
export function runEvents(): EventEmitter {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = new EventEmitter();
    holder[KEY].setMaxListeners(1000);
  }
  return holder[KEY];
}

export function emitRequestLogged(event: TRequestLoggedEvent): void {
  runEvents().emit("requestLogged", event);
}
