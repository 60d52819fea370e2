import { Icon, type IconName } from "@/components/ui/icon";
import { cn } from "@/components/ui/cn";

/**
 * The catalog gives each node type a glyph. Many of them are missing from common system fonts (and emoji ones
 * render in colour), so the glyphs we know are drawn with the app's stroke icons; any other glyph is shown as text.
 */
const GLYPHS: Record<string, IconName> = {
  "⚡": "zap",
  "⇣": "arrowDownToLine",
  "✓": "shieldCheck",
  "🔑": "key",
  "⑂": "split",
  "↻": "repeat",
  "≔": "braces",
  "＋": "databasePlus",
  "↗": "globe",
  "⇠": "reply",
  "⧉": "filter",
  "⛉": "alertCircle",
  "⋔": "sliders",
  "⌕": "search",
  "☰": "database",
  "✎": "pencil",
  "⌫": "trash",
};

export function NodeIcon({
  glyph,
  size = 16,
  className,
}: {
  glyph: string | undefined;
  size?: number;
  className?: string;
}) {
  const name = glyph ? GLYPHS[glyph] : undefined;
  if (name) return <Icon name={name} size={size} className={className} />;
  return (
    <span className={cn("leading-none", className)} style={{ fontSize: size }}>
      {glyph ?? "?"}
    </span>
  );
}
