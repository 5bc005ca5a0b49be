import { Tag } from 'antd';
import type { DeadlineColour } from '../../../../shared/tracking/deadlines';

/** The antd tag colour of each standing: red overdue, gold due soon, green on time or done, grey without a deadline. */
export const STANDING_TAG_COLOURS: Record<DeadlineColour, string> = { red: 'error', yellow: 'warning', green: 'success', none: 'default' };

/** An item's standing as a coloured tag; `data-colour` lets a test or a style read the colour without parsing the words. */
export function StandingTag({ colour, text, className }: { colour: DeadlineColour; text: string; className?: string }) {
  return (
    <Tag color={STANDING_TAG_COLOURS[colour]} data-colour={colour} className={className}>
      {text}
    </Tag>
  );
}
