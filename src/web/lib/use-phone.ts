import { useMediaQuery } from '@mantine/hooks';

/** Under 600 px a table's columns and actions scroll out of sight; screens show cards instead. */
export const PHONE_QUERY = '(max-width: 600px)';

/** True on a phone-width screen (390 px and the like). */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY) ?? false;
}
