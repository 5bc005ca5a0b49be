import { displayWidth } from '../text/width';

/** Right indents, in characters, of the signature's two lines. */
export interface SignaturePlacement {
  organisationRightIndent: number;
  dateRightIndent: number;
}

/**
 * Where the issuing organisation and the date go (GB/T 9704 7.3.5).
 * Unsealed: the organisation right-aligned two characters from the edge, the
 * date starting two characters to the right of the organisation's start; if
 * that leaves the date less than two characters from the edge, the date keeps
 * two and the organisation moves left to keep the offset. Sealed: the date
 * four characters from the edge, the organisation centred over it.
 * Half-width digits count as half a character.
 *
 * A name too long for one line wraps into a right-aligned block whose first
 * character is at the left margin; the date then keeps two characters from
 * the right edge like the name (offset from the name's start it would be
 * squeezed into a column as narrow as itself, and break over lines).
 */
export function placeSignature(organisation: string, date: string, sealed: boolean, charactersPerLine = 28): SignaturePlacement {
  const org = displayWidth(organisation);
  const day = displayWidth(date);
  if (!sealed && org > charactersPerLine - 2) return { organisationRightIndent: 2, dateRightIndent: 2 };
  if (sealed) {
    return { dateRightIndent: 4, organisationRightIndent: Math.max(0, 4 + (day - org) / 2) };
  }
  // Organisation 2 from the edge starts at width-2-org; the date starts 2 later
  // and so ends org-day from the edge.
  const dateRightIndent = org - day;
  if (dateRightIndent >= 2) return { organisationRightIndent: 2, dateRightIndent };
  return { dateRightIndent: 2, organisationRightIndent: 4 + day - org };
}
