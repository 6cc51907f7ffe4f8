/**
 * Office tells an add-in its theme as colours, not as a name; a dark body background means a dark theme.
 */
import type { ThemeKind } from "./app-services";

/** Relative luminance (0 black … 1 white) of "#RRGGBB" or "RRGGBB"; NaN when malformed. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return NaN;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when the body background is dark; light when unknown (Office on the web without themes). */
export function themeFromBackground(bodyBackgroundColor: string | undefined): ThemeKind {
  const l = bodyBackgroundColor ? luminance(bodyBackgroundColor) : NaN;
  return Number.isFinite(l) && l < 0.4 ? "dark" : "light";
}
