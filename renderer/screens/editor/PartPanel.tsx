import { Input } from 'antd';
import { memo, useCallback } from 'react';
import type { Part } from '../../../shared/model/notice';
import type { ParagraphList } from '../../../shared/model/rich-text';
import { findFieldAttr } from '../../editor/find-fields';
import type { PartKey } from '../../editor/outline';
import { richFieldKey } from '../../../shared/document/notice-fields';
import { RichTextField } from './RichTextField';

const PART_HINTS: Record<PartKey, string> = {
  organisation: '整改工作如何组织：召开会议、成立领导小组、建立台账、总体数据等。',
  checklist: '此处为该部分标题和问题清单之前的说明段落（可留空）；具体问题在左侧清单中逐条编辑。',
  nextSteps: '下一步工作计划或打算。',
};

/** The rich-text field of a part's body, by which its editor is found (richFieldKey). */
export function partBodyField(key: PartKey): string {
  return richFieldKey({ part: key });
}

/** One of the three parts: its heading (numbered by the layout) and its paragraphs. */
export const PartPanel = memo(function PartPanel({
  partKey,
  part,
  number,
  onChange,
}: {
  partKey: PartKey;
  part: Part;
  number: string;
  onChange: (key: PartKey, patch: Partial<Part>) => void;
}) {
  const onBody = useCallback((body: ParagraphList) => onChange(partKey, { body }), [onChange, partKey]);
  const onHeading = useCallback((heading: string) => onChange(partKey, { heading }), [onChange, partKey]);
  return (
    <div className="part-panel">
      <h2 className="panel-title">正文部分</h2>
      <HeadingField partKey={partKey} number={number} value={part.heading} onChange={onHeading} />
      <p className="form-hint">{PART_HINTS[partKey]}</p>
      <RichTextField key={partBodyField(partKey)} fieldKey={partBodyField(partKey)} label="正文" value={part.body} onChange={onBody} />
    </div>
  );
});

// Memoised: typing in the body does not re-render the heading.
const HeadingField = memo(function HeadingField({
  partKey,
  number,
  value,
  onChange,
}: {
  partKey: PartKey;
  number: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Input
      aria-label="部分标题"
      data-find-field={findFieldAttr({ kind: 'part', part: partKey, field: 'heading' })}
      size="large"
      prefix={number ? <span className="panel-number">{number}</span> : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
});
