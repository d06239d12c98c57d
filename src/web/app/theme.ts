import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from "@mantine/core";

/** Light palettes whose darkest shade still reads too faintly as text on their own tint. */
const faintColors = new Set(["green", "lime", "yellow", "orange", "teal"]);
const tintedVariants = new Set(["light", "subtle", "outline"]);

/**
 * Text on light/subtle/outline badges and buttons uses shade 9 (darkened further for the faint
 * palettes) instead of Mantine's lighter default, so that every coloured label passes WCAG AA.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (!tintedVariants.has(input.variant)) return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const darkest = parsed.isThemeColor ? input.theme.colors[parsed.color]?.[9] : undefined;
  if (!darkest) return resolved;
  const text = faintColors.has(parsed.color) ? darken(darkest, 0.3) : darkest;
  // A subtle control's hover tint stays as light as the "light" variant's fill, so its text still contrasts.
  const hover = input.variant === "subtle" && parsed.isThemeColor ? `var(--mantine-color-${parsed.color}-light)` : resolved.hover;
  return { ...resolved, color: text, hoverColor: text, hover, border: input.variant === "outline" ? `1px solid ${text}` : resolved.border };
};

/** primaryShade 8: Mantine's default shade 6 fails WCAG contrast for text on white (axe). */
export const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: 8,
  variantColorResolver,
  defaultRadius: "md",
  fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  headings: { fontWeight: "650" },
  components: {
    Badge: { defaultProps: { radius: "sm" } },
  },
});

/**
 * Mantine's dimmed text (gray 6) and error red (red 6) fall below WCAG AA contrast on white and
 * on our gray page background; these pass 4.5:1 on both. The hover tint of an active navigation
 * link stays light (indigo 1) so that its label keeps 4.5:1 under the mouse.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#5c646c",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-primary-color-light-hover": "var(--mantine-color-indigo-1)",
  },
  dark: {},
});
