import {
  createTheme,
  mergeThemeOverrides,
  type MantineThemeOverride,
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

/** Mantine's orange with darker shades 8 and 9: orange text on white and white on filled orange were 3.6:1. */
const orange: MantineColorsTuple = ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#c2410c', '#9a3412'];

/** Light buttons and badges write in their colour's darkest shade, darkened further: orange or green on their pale tint falls below 4.5:1 otherwise. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colours = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colours;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return colours;
  return { ...colours, color: darken(input.theme.colors[parsed.color][9], 0.25), hoverColor: darken(input.theme.colors[parsed.color][9], 0.25) };
};

const theme = createTheme({
  colors: { teal, orange },
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 8 },
  // Black or white text on filled colours, whichever contrasts (white on Mantine's green 8 is 3.3:1).
  autoContrast: true,
  // Black text from a luminance of 0.18, where black starts to contrast more than white.
  luminanceThreshold: 0.18,
  variantColorResolver,
  fontFamily: '"Inter", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});

/** The theme with the close buttons of dialogs and drawers named in the reader's language (an icon alone has no name). */
export function themeWithCloseLabel(close: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': close };
  return mergeThemeOverrides(
    theme,
    createTheme({
      // Plain objects, not Modal.extend(): importing the components here would put dialogs (and their scroll area) in every first download.
      components: { Modal: { defaultProps: { closeButtonProps } }, Drawer: { defaultProps: { closeButtonProps } } },
    }),
  );
}

/** "Dimmed" text one shade darker than Mantine's (gray 6 on white is 3.3:1, below AA for small text). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
