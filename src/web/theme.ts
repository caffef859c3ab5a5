import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's teal with its three darkest shades darkened: white text on the primary shade (8), and
 * primary text on white or on the light variant's pale teal, meet WCAG 2.1 AA (4.5:1). Mantine's own
 * teal gave 2.55:1 for filled buttons and links.
 */
const teal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#087f5b', '#06704f', '#055c41'];

/** Light buttons and badges write in their colour's darkest shade, darkened further: orange or green on their pale tint falls below 4.5:1 otherwise. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colours = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colours;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return colours;
  return { ...colours, color: darken(input.theme.colors[parsed.color][9], 0.25), hoverColor: darken(input.theme.colors[parsed.color][9], 0.25) };
};

export const theme = createTheme({
  colors: { teal },
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 8 },
  // Black or white text on filled colours, whichever contrasts (white on Mantine's green 8 is 3.3:1).
  autoContrast: true,
  variantColorResolver,
  fontFamily: '"Inter", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});

/** "Dimmed" text one shade darker than Mantine's (gray 6 on white is 3.3:1, below AA for small text). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
