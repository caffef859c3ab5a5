import { Table, type TableProps } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import { usePhone } from '../lib/use-phone.js';
import './responsive-table.css';

type Props = TableProps & {
  /** On wider screens the table keeps its columns and scrolls sideways under this width. */
  minWidth: number;
};

/**
 * A table on a desktop, one card per row on a phone (the way the moderation queue switches, for
 * every list): each cell is shown on its own line under its column's heading, so no column or
 * action scrolls out of sight at 390 px.
 */
export function ResponsiveTable({ minWidth, children, ...table }: Props) {
  const phone = usePhone();
  const ref = useRef<HTMLTableElement>(null);

  // Name each cell by its column once the rows are drawn (they change with paging and filters).
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !phone) return;
    const headings = Array.from(element.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
    for (const row of Array.from(element.querySelectorAll('tbody tr'))) {
      Array.from(row.children).forEach((cell, i) => {
        if (headings[i]) cell.setAttribute('data-label', headings[i]);
        else cell.removeAttribute('data-label');
      });
    }
  });

  if (phone) {
    return (
      <Table ref={ref} {...table} striped={false} highlightOnHover={false} className="tb-cards" data-layout="cards">
        {children}
      </Table>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table ref={ref} {...table} data-layout="table">
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
