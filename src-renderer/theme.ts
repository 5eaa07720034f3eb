import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 7,
  defaultRadius: 'sm',
  // Keyboard users must always see where they are; mouse clicks stay clean.
  focusRing: 'auto',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
  components: {
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
  },
});
