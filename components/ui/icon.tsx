import type { SVGProps } from "react";

/** Stroke icons (paths after Lucide, ISC licence), drawn on a 24-unit grid in the current text colour. */
const PATHS = {
  plus: ["M5 12h14", "M12 5v14"],
  search: ["M21 21l-4.3-4.3", "C11 11 8"],
  copy: ["R8 8 14 14 2", "M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2"],
  check: ["M20 6 9 17l-5-5"],
  trash: ["M3 6h18", "M19 6v14c0 1-1 2-2 2H7c-1 0-2-1-2-2V6", "M8 6V4c0-1 1-2 2-2h4c1 0 2 1 2 2v2"],
  pencil: ["M17 3a2.85 2.83 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5Z"],
  more: ["C5 12 1", "C12 12 1", "C19 12 1"],
  undo: ["M3 7v6h6", "M21 17a9 9 0 0 0-9-9 9 9 0 0 0-6 2.3L3 13"],
  redo: ["M21 7v6h-6", "M3 17a9 9 0 0 1 9-9 9 9 0 0 1 6 2.3l3 2.7"],
  layout: ["R3 3 7 7 1", "R14 3 7 7 1", "R14 14 7 7 1", "R3 14 7 7 1"],
  upload: ["M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", "M17 8l-5-5-5 5", "M12 3v12"],
  download: ["M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", "M7 10l5 5 5-5", "M12 15V3"],
  rocket: [
    "M4.5 16.5c-1.5 1.26-2 5-2 5s3.74-.5 5-2c.71-.84.7-2.13-.09-2.91a2.18 2.18 0 0 0-2.91-.09z",
    "M12 15l-3-3a22 22 0 0 1 2-3.95A12.88 12.88 0 0 1 22 2c0 2.72-.78 7.5-6 11a22.35 22.35 0 0 1-4 2z",
    "M9 12H4s.55-3.03 2-4c1.62-1.08 5 0 5 0",
    "M12 15v5s3.03-.55 4-2c1.08-1.62 0-5 0-5",
  ],
  chevronLeft: ["M15 18l-6-6 6-6"],
  chevronRight: ["M9 18l6-6-6-6"],
  chevronDown: ["M6 9l6 6 6-6"],
  alertTriangle: ["M21.73 18l-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3", "M12 9v4", "M12 17h.01"],
  alertCircle: ["C12 12 10", "M12 8v4", "M12 16h.01"],
  checkCircle: ["C12 12 10", "M9 12l2 2 4-4"],
  info: ["C12 12 10", "M12 16v-4", "M12 8h.01"],
  history: ["M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8", "M3 3v5h5", "M12 7v5l4 2"],
  x: ["M18 6 6 18", "M6 6l12 12"],
  zoomIn: ["C11 11 8", "M21 21l-4.35-4.35", "M11 8v6", "M8 11h6"],
  zoomOut: ["C11 11 8", "M21 21l-4.35-4.35", "M8 11h6"],
  fit: ["M8 3H5a2 2 0 0 0-2 2v3", "M21 8V5a2 2 0 0 0-2-2h-3", "M3 16v3a2 2 0 0 0 2 2h3", "M16 21h3a2 2 0 0 0 2-2v-3"],
  link: [
    "M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71",
    "M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71",
  ],
  layers: [
    "M12.83 2.18a2 2 0 0 0-1.66 0L2.6 6.08a1 1 0 0 0 0 1.83l8.58 3.91a2 2 0 0 0 1.66 0l8.58-3.9a1 1 0 0 0 0-1.83Z",
    "M22 17.65l-9.17 4.16a2 2 0 0 1-1.66 0L2 17.65",
    "M22 12.65l-9.17 4.16a2 2 0 0 1-1.66 0L2 12.65",
  ],
  key: ["M15.5 7.5l2.3 2.3a1 1 0 0 0 1.4 0l2.1-2.1a1 1 0 0 0 0-1.4L19 4", "M21 2l-9.6 9.6", "C7.5 15.5 5.5"],
  database: ["E12 5 9 3", "M3 5v14a9 3 0 0 0 18 0V5", "M3 12a9 3 0 0 0 18 0"],
  braces: [
    "M8 3H7a2 2 0 0 0-2 2v5a2 2 0 0 1-2 2 2 2 0 0 1 2 2v5c0 1.1.9 2 2 2h1",
    "M16 21h1a2 2 0 0 0 2-2v-5c0-1.1.9-2 2-2a2 2 0 0 1-2-2V5a2 2 0 0 0-2-2h-1",
  ],
  sliders: ["M20 7h-9", "M14 17H5", "C17 17 3", "C7 7 3"],
  external: ["M15 3h6v6", "M10 14 21 3", "M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6"],
  grip: ["C9 6 1", "C9 12 1", "C9 18 1", "C15 6 1", "C15 12 1", "C15 18 1"],
  save: [
    "M15.2 3a2 2 0 0 1 1.4.6l3.8 3.8a2 2 0 0 1 .6 1.4V19a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z",
    "M17 21v-7a1 1 0 0 0-1-1H8a1 1 0 0 0-1 1v7",
    "M7 3v4a1 1 0 0 0 1 1h7",
  ],
  map: [
    "M14.1 6.3l-4.2-2.1a2 2 0 0 0-1.8 0L3.6 6.5A1 1 0 0 0 3 7.4v12.2a1 1 0 0 0 1.4.9l3.8-1.9a2 2 0 0 1 1.8 0l4.2 2.1a2 2 0 0 0 1.8 0l4.4-2.3a1 1 0 0 0 .6-.9V5.4a1 1 0 0 0-1.4-.9l-3.8 1.9a2 2 0 0 1-1.8 0Z",
    "M15 6v15",
    "M9 3v15",
  ],
  play: ["M6 3l14 9-14 9V3z"],
  lock: ["R3 11 18 11 2", "M7 11V7a5 5 0 0 1 10 0v4"],
  file: ["M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z", "M14 2v4a2 2 0 0 0 2 2h4"],
  zap: [
    "M4 14a1 1 0 0 1-.78-1.63l9.9-10.2a.5.5 0 0 1 .86.46l-1.92 6.02A1 1 0 0 0 13 10h7a1 1 0 0 1 .78 1.63l-9.9 10.2a.5.5 0 0 1-.86-.46l1.92-6.02A1 1 0 0 0 11 14z",
  ],
  arrowDownToLine: ["M12 17V3", "M6 11l6 6 6-6", "M19 21H5"],
  shieldCheck: [
    "M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z",
    "M9 12l2 2 4-4",
  ],
  split: ["M16 3h5v5", "M8 3H3v5", "M12 22v-8.3a4 4 0 0 0-1.172-2.872L3 3", "M15 9l6-6"],
  repeat: ["M17 2l4 4-4 4", "M3 11v-1a4 4 0 0 1 4-4h14", "M7 22l-4-4 4-4", "M21 13v1a4 4 0 0 1-4 4H3"],
  globe: ["C12 12 10", "M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20", "M2 12h20"],
  reply: ["M20 4v7a4 4 0 0 1-4 4H4", "M9 10l-5 5 5 5"],
  databasePlus: ["E12 5 9 3", "M3 5v14a9 3 0 0 0 12 2.8", "M21 5v7", "M3 12a9 3 0 0 0 18 0", "M19 16v6", "M16 19h6"],
  filter: ["M22 3H2l8 9.46V19l4 2v-8.54L22 3z"],
  command: ["M15 6v12a3 3 0 1 0 3-3H6a3 3 0 1 0 3 3V6a3 3 0 1 0-3 3h12a3 3 0 1 0-3-3"],
} as const;

export type IconName = keyof typeof PATHS;

/** `C cx cy r` is a circle, `R x y w h rx` a rectangle, `E cx cy rx ry` an ellipse, anything else a path. */
function shape(d: string, key: number) {
  const kind = d[0];
  const n = d.slice(1).trim().split(/\s+/).map(Number);
  if (kind === "C") return <circle key={key} cx={n[0]} cy={n[1]} r={n[2]} />;
  if (kind === "R") return <rect key={key} x={n[0]} y={n[1]} width={n[2]} height={n[3]} rx={n[4]} />;
  if (kind === "E") return <ellipse key={key} cx={n[0]} cy={n[1]} rx={n[2]} ry={n[3]} />;
  return <path key={key} d={d} />;
}

export function Icon({ name, size = 16, ...props }: { name: IconName; size?: number } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {PATHS[name].map(shape)}
    </svg>
  );
}
