import { Box } from '@mantine/core';
import { LoadingState } from './loading-state.js';

/** What a visitor sees while the code of the page they opened first is still arriving. */
export function FirstLoad() {
  return (
    <Box component="main" p="lg" maw={960} mx="auto">
      <LoadingState />
    </Box>
  );
}
