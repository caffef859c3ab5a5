import { Mark } from '@mantine/core';
import { Fragment } from 'react';

type Piece = { text: string; marked: boolean };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/** The server escapes snippets as HTML; React escapes again, so entities are turned back into characters. */
function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => entities[name]);
}

/** Plain text in the escaped form of a snippet, so both go through one renderer. */
export function escapeForSnippet(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Splits a server snippet on its `<mark>` tags. Everything else stays plain text, so whatever
 * HTML a record's author typed is shown as characters, never interpreted (no innerHTML).
 */
export function splitMarks(snippet: string): Piece[] {
  const pieces: Piece[] = [];
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push({ text: unescapeHtml(part), marked });
  }
  return pieces;
}

/** A search snippet with the matched words highlighted. */
export function HighlightedText({ snippet }: { snippet: string }) {
  return (
    <>
      {splitMarks(snippet).map((piece, index) =>
        piece.marked ? (
          <Mark key={index} color="yellow">
            {piece.text}
          </Mark>
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
}
