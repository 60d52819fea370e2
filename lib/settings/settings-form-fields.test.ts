import { describe, expect, it } from "vitest";
import { ZEndpointSettings } from "./endpoint-settings";
import { allSettingFields, FORM_KEYS, SETTINGS_EDITED_ELSEWHERE } from "./settings-form-fields";

describe("the Settings form's definition", () => {
  it("gives every endpoint setting a field, or names where it is edited instead", () => {
    const homeless = Object.keys(ZEndpointSettings.shape).filter(
      (key) => !FORM_KEYS.includes(key) && !(key in SETTINGS_EDITED_ELSEWHERE),
    );
    expect(homeless).toEqual([]);
  });

  it("binds fields to settings that exist, each form key once", () => {
    const fields = allSettingFields();
    expect(fields.map((f) => f.path.split(".")[0]).filter((key) => !(key! in ZEndpointSettings.shape))).toEqual([]);
    const keys = fields.flatMap((f) => (f.kind === "size" ? [f.key, f.unitKey] : [f.key]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
