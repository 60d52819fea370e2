// Records of one run are mostly made in the same millisecond, and a record is shown (traced, sent in an event)
// once per node that touches it: format the last time once.
let lastMs = NaN;
let lastIso = "";

/** `new Date(ms).toISOString()`, the last one kept. */
export const isoTime = (ms: number): string =>
  ms === lastMs ? lastIso : ((lastMs = ms), (lastIso = new Date(ms).toISOString()));
