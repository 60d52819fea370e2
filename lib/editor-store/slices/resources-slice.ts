import type { EditorSlice } from "../state";
import type { TTableInfo } from "../types";
import { messageOf } from "./document-slice";

/** Names the inspector's pickers offer: environment variables (names only, never values) and tables. */
export type ResourcesSlice = {
  envNames: readonly string[];
  tables: readonly TTableInfo[];
  resourcesLoaded: boolean;
  resourcesError?: string;
  loadResources(): Promise<void>;
  /** Creates a variable (never replaces one); answers the server's reason when it refuses. */
  createEnvVar(name: string, value: string): Promise<string | undefined>;
  /** Creates a table; answers the server's reason when it refuses. */
  createTable(table: TTableInfo): Promise<string | undefined>;
};

export const createResourcesSlice: EditorSlice<ResourcesSlice> = (set, get) => ({
  envNames: [],
  tables: [],
  resourcesLoaded: false,
  async loadResources() {
    try {
      const [envNames, tables] = await Promise.all([get().api.listEnvNames(), get().api.listTables()]);
      set({ envNames: [...envNames].sort(), tables, resourcesLoaded: true, resourcesError: undefined });
    } catch (err) {
      set({ resourcesLoaded: true, resourcesError: messageOf(err) });
    }
  },
  async createEnvVar(name, value) {
    if (get().envNames.includes(name))
      return `${name} already exists: pick it from the list, or replace its value on the Variables page.`;
    try {
      await get().api.setEnv(name, value);
      set({ envNames: [...new Set([...get().envNames, name])].sort(), resourcesError: undefined });
      return undefined;
    } catch (err) {
      return messageOf(err);
    }
  },
  async createTable(table) {
    try {
      const created = await get().api.createTable(table);
      const others = get().tables.filter((t) => t.name !== created.name);
      set({
        tables: [...others, { name: created.name, fields: created.fields }].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      });
      return undefined;
    } catch (err) {
      return messageOf(err);
    }
  },
});
