import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { IsoDate } from '../../../shared/text/dates';

/** Shown as the document writes dates; typed in any of these. */
export const DATE_FORMATS = ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD'];

/**
 * A date picker in Chinese (the locale comes from the app's ConfigProvider)
 * that reads and writes ISO dates. What is typed in it is not the notice's
 * until the picker commits it (Enter, or leaving the field), so Ctrl+Z there
 * is the input's own (data-own-undo): undoing the notice under a date half
 * typed would let the picker's commit on blur wipe the redo.
 */
export function DateField({ value, onChange, label }: { value: IsoDate | null; onChange: (value: IsoDate | null) => void; label: string }) {
  return (
    <div data-own-undo="">
      <DatePicker
        aria-label={label}
        style={{ width: '100%' }}
        value={value ? dayjs(value) : null}
        format={DATE_FORMATS}
        placeholder="选择或输入日期"
        onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : null)}
      />
    </div>
  );
}
