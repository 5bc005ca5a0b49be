import { Form, Radio } from 'antd';
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, type DeadlineKind, type Item } from '../../../../shared/model/notice';
import { DEADLINE_COLOUR_LABELS, daysLeftText, deadlineStanding, type DeadlineStanding } from '../../../../shared/tracking/deadlines';
import { useStatusLabels } from '../../../app/status-labels';
import { DateField } from '../DateField';
import { StandingTag } from './StandingTag';
import './overview.css';
import { useTrackingClock } from './tracking-clock';

type DeadlineItem = Pick<Item, 'deadlineKind' | 'deadline' | 'status'>;

/**
 * 整改时限 in the item's properties: 限期整改 with its date, 立行立改 (due
 * from the feedback date unless a date is given) or 长期坚持, and where the
 * item stands today beside it. The date of a kind switched away from is kept,
 * so switching back loses nothing.
 */
export function DeadlineFields({
  item,
  onChange,
}: {
  item: DeadlineItem;
  onChange: (patch: Partial<Pick<Item, 'deadlineKind' | 'deadline'>>) => void;
}) {
  const { today, feedbackDate, dueSoonDays } = useTrackingClock();
  const statusLabels = useStatusLabels();
  const standing = deadlineStanding(item, feedbackDate, today, dueSoonDays);
  return (
    <Form.Item label="整改时限" className="deadline-fields">
      <Radio.Group
        aria-label="时限类型"
        optionType="button"
        buttonStyle="solid"
        size="small"
        value={item.deadlineKind}
        onChange={(event) => onChange({ deadlineKind: event.target.value as DeadlineKind })}
        options={DEADLINE_KINDS.map((kind) => ({ value: kind, label: DEADLINE_KIND_LABELS[kind] }))}
      />
      {item.deadlineKind !== 'longTerm' && (
        <div className="deadline-date">
          <DateField label="整改时限" value={item.deadline} onChange={(deadline) => onChange({ deadline })} />
          {item.deadlineKind === 'immediate' && !item.deadline && <div className="deadline-hint">不填日期时，从反馈日期起计</div>}
        </div>
      )}
      <div className="deadline-standing">
        <StandingTag colour={standing.colour} text={standingText(standing, item, statusLabels.done)} />
      </div>
    </Form.Item>
  );
}

/** The tag's words: the days left when there are some to count, else the colour's word (or the office's word for done). */
function standingText(standing: DeadlineStanding, item: DeadlineItem, doneLabel: string): string {
  if (item.status === 'done') return doneLabel;
  if (item.deadlineKind === 'longTerm') return '长期坚持';
  const days = daysLeftText(standing);
  return days ? `${DEADLINE_COLOUR_LABELS[standing.colour]} · ${days}` : DEADLINE_COLOUR_LABELS[standing.colour];
}
