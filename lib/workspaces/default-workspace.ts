/** Every row belongs to a workspace; until accounts exist, everything lives in this one, created on first start. */
export const DEFAULT_WORKSPACE_ID = "ws_default";
export const DEFAULT_WORKSPACE_NAME = "Default workspace";
