import { Button, Select, Tooltip } from 'antd';
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { Editor, Element, Node, Transforms, type Descendant } from 'slate';
import { Editable, Slate, useSlate, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import type { PrintedList } from '../../../shared/layout/entry-numbering';
import { ENUMERATIONS, type Enumeration, type Paragraph, type ParagraphList } from '../../../shared/model/rich-text';
import type { RichEditor } from '../../editor/slate-types';
import { fromSlateValue, toSlateValue } from '../../editor/to-slate';
import { useReadOnly } from '../../components/read-only';
import { noteEmitted, useRichEditor } from './rich-editors';

const ENUMERATION_LABELS: Record<Enumeration, string> = {
  none: '不编号',
  一是: '一是、二是……',
  '第一，': '第一，第二，……',
  '（一）': '（一）（二）……',
  '1.': '1. 2. ……',
  '（1）': '（1）（2）……',
};

/** Class names the stylesheet turns into generated enumerators (CSS counters, so typing never renumbers in script). */
const ENUMERATION_CLASSES: Record<Enumeration, string> = {
  none: 'enum-none',
  一是: 'enum-yishi',
  '第一，': 'enum-diyi',
  '（一）': 'enum-paren-cn',
  '1.': 'enum-decimal',
  '（1）': 'enum-paren-decimal',
};

export interface RichTextFieldProps {
  /** Names the field's editor: `<item id>:measures` (changed-field.ts). */
  fieldKey: string;
  label: string;
  value: ParagraphList;
  /**
   * How the list prints where it stands (entryNumbering): one level down under
   * an entry of its own level, counting on after the lists before it.
   */
  printed?: PrintedList;
  onChange: (value: ParagraphList) => void;
  placeholder?: string;
}

/**
 * A rich-text field (paragraphs, bold) with its enumeration. Slate owns the
 * paragraphs once mounted; the parent hears every change but does not feed
 * the text back, so a keystroke re-renders only this editor.
 */
export const RichTextField = memo(
  function RichTextField({ fieldKey, label, value, printed, onChange, placeholder }: RichTextFieldProps) {
    const editor = useRichEditor(fieldKey, value.paragraphs);
    const readOnly = useReadOnly();
    const [initialValue] = useState(() => toSlateValue(value.paragraphs));
    const [enumerated, setEnumerated] = useState(() => countNumbered(value.paragraphs) >= 2);
    const latest = useRef({ enumeration: value.enumeration, onChange });
    latest.current = { enumeration: value.enumeration, onChange };

    const handleChange = useCallback(
      (nodes: Descendant[]) => {
        // Moving the caret is not a change to save, nor is the notice's own text shown afresh (undo: no operations).
        if (editor.operations.every((op) => op.type === 'set_selection')) {
          if (editor.operations.length === 0) setEnumerated(countNumbered(nodes as Paragraph[]) >= 2);
          return;
        }
        const paragraphs = fromSlateValue(nodes as Paragraph[]);
        setEnumerated(countNumbered(paragraphs) >= 2);
        noteEmitted(editor, paragraphs);
        latest.current.onChange({ enumeration: latest.current.enumeration, paragraphs });
      },
      [editor],
    );

    const changeEnumeration = (enumeration: Enumeration) => {
      const paragraphs = fromSlateValue(editor.children as Paragraph[]);
      noteEmitted(editor, paragraphs);
      onChange({ enumeration, paragraphs });
    };

    const labelId = `label-${fieldKey}`;
    const shown = printed?.enumeration ?? value.enumeration;
    editor.numbering = shown;
    const moved = shown !== value.enumeration;
    return (
      <section className="rich-field" data-field={fieldKey}>
        <Slate editor={editor} initialValue={initialValue} onChange={handleChange}>
          <div className="rich-field-head">
            <span className="rich-field-label" id={labelId}>
              {label}
            </span>
            <MarkButtons />
            <Select
              size="small"
              className="rich-field-enumeration"
              aria-label={`${label}的编号方式`}
              value={value.enumeration}
              onChange={changeEnumeration}
              options={ENUMERATIONS.map((e) => ({ value: e, label: ENUMERATION_LABELS[e] }))}
              popupMatchSelectWidth={false}
            />
            {moved && (
              <Tooltip title="本栏与所在条目同级，为免编号重复，导出时降一级编号">
                <span className="rich-field-printed">按“{ENUMERATION_LABELS[shown]}”打印</span>
              </Tooltip>
            )}
          </div>
          <Editable
            className={`rich-editable ${ENUMERATION_CLASSES[shown]}${enumerated ? ' enumerated' : ''}`}
            style={printed?.start ? { counterReset: `enum ${printed.start}` } : undefined}
            aria-labelledby={labelId}
            aria-multiline
            role="textbox"
            readOnly={readOnly}
            spellCheck={false}
            placeholder={placeholder ?? '在此输入'}
            renderElement={renderElement}
            renderLeaf={renderLeaf}
            onKeyDown={(event) => handleHotkeys(editor, event)}
          />
        </Slate>
      </section>
    );
  },
  (before, after) =>
    before.fieldKey === after.fieldKey &&
    before.label === after.label &&
    before.placeholder === after.placeholder &&
    before.onChange === after.onChange &&
    before.value.enumeration === after.value.enumeration &&
    before.printed?.enumeration === after.printed?.enumeration &&
    before.printed?.start === after.printed?.start,
);

/**
 * 加粗 and 接续上段, acting on the selection. Their state is read on every
 * change of the field; the buttons themselves re-render only when it differs.
 */
function MarkButtons() {
  const editor = useSlate();
  return <MarkButtonsView editor={editor} bold={isMarkActive(editor, 'bold')} continued={isContinued(editor)} />;
}

const MarkButtonsView = memo(function MarkButtonsView({
  editor,
  bold,
  continued,
}: {
  editor: RichEditor;
  bold: boolean;
  continued: boolean;
}) {
  return (
    <span className="rich-field-marks">
      <Tooltip title="加粗（Ctrl+B）">
        <Button
          size="small"
          type={bold ? 'primary' : 'default'}
          aria-pressed={bold}
          onMouseDown={(event) => {
            // Keep the selection in the text while clicking.
            event.preventDefault();
            toggleBold(editor);
          }}
        >
          <b>加粗</b>
        </Button>
      </Tooltip>
      <Tooltip title="该段接续上一段，不单独编号">
        <Button
          size="small"
          type={continued ? 'primary' : 'default'}
          aria-pressed={continued}
          onMouseDown={(event) => {
            event.preventDefault();
            toggleContinued(editor);
          }}
        >
          接续上段
        </Button>
      </Tooltip>
    </span>
  );
});

function handleHotkeys(editor: RichEditor, event: KeyboardEvent<HTMLDivElement>): void {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'b') {
    event.preventDefault();
    toggleBold(editor);
  }
  // Undo and redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) reach the notice's history through editor.undo and editor.redo (rich-editors.tsx).
}

function isMarkActive(editor: RichEditor, mark: 'bold'): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

function toggleBold(editor: RichEditor): void {
  if (isMarkActive(editor, 'bold')) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}

function isContinued(editor: RichEditor): boolean {
  if (!editor.selection) return false;
  const [match] = Editor.nodes(editor, { match: (n) => Element.isElement(n) && n.continued === true });
  return match !== undefined;
}

function toggleContinued(editor: RichEditor): void {
  if (!editor.selection) return;
  const match = (n: Node) => Element.isElement(n);
  if (isContinued(editor)) Transforms.unsetNodes(editor, 'continued', { match });
  else Transforms.setNodes(editor, { continued: true }, { match });
}

/** Paragraphs that take an enumerator: not continued, not empty (the export skips empty ones). */
function countNumbered(paragraphs: readonly Paragraph[]): number {
  return paragraphs.filter((p) => !p.continued && p.children.some((leaf) => leaf.text.trim() !== '')).length;
}

function renderElement({ attributes, children, element }: RenderElementProps) {
  const numbered = !element.continued && Node.string(element).trim() !== '';
  return (
    <p {...attributes} className="rich-p" data-numbered={numbered ? '' : undefined} data-continued={element.continued ? '' : undefined}>
      {children}
    </p>
  );
}

function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  return <span {...attributes}>{leaf.bold ? <strong>{children}</strong> : children}</span>;
}
