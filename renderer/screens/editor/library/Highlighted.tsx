import type { TextSnippet } from '../../../../shared/library/search-types';
import { snippetPieces } from './snippet-pieces';

/** A snippet with its matches marked; the text is rendered as text, never parsed as HTML. */
export function Highlighted({ snippet }: { snippet: TextSnippet }) {
  return (
    <span className="library-snippet-text">
      {snippet.clippedStart && '…'}
      {snippetPieces(snippet.text, snippet.highlights).map((piece, index) =>
        piece.marked ? (
          <mark key={index} className="library-mark">
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
      {snippet.clippedEnd && '…'}
    </span>
  );
}
