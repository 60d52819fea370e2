/** A ready-made request for the test panel. Isomorphic data: no server imports. */
export type TSample = {
  id: string;
  title: string;
  /** Who sends it, as the test panel's menu groups it. */
  provider: string;
  /** The `hmacVerify` preset this provider signs with; "Sign it" uses the stack's own node either way. */
  preset?: string;
  method: "POST";
  contentType: string;
  /** Headers the provider sends besides its signature (event name, delivery id, ...). */
  headers: Record<string, string>;
  /** The exact body, pretty-printed JSON. */
  body: string;
};

export const json = (value: unknown) => JSON.stringify(value, null, 2);
