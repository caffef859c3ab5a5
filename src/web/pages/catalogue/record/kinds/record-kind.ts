import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';
import type { RecordSegment } from '../../../../api/catalogue.js';
import type { KindFormProps } from '../record-form.js';

/**
 * One kind of catalogue record on the web, as the server's `kinds/` describe it there: its address,
 * its detail page and its form (each loaded when first visited, so a visitor does not download every form), and the title of a new one.
 */
export type WebRecordKind = {
  segment: RecordSegment;
  detail: LazyRouteFunction<RouteObject>;
  form: () => Promise<ComponentType<KindFormProps>>;
  newTitleKey: string;
};
