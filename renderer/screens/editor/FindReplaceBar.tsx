import { Button, ConfigProvider, Input, Tooltip, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type CompositionEvent, type KeyboardEvent } from 'react';
import {
  findInNotice,
  matchIndexFrom,
  replaceAll,
  replaceMatch,
  type FindMatch,
  type MatchPosition,
} from '../../../shared/document/find-in-notice';
import type { Notice } from '../../../shared/model/notice';
import { useReadOnly } from '../../components/read-only';
import { clearFindHighlight } from '../../editor/select-match';
import './find-replace.css';

export type FindMode = 'find' | 'replace';

export interface FindReplaceBarProps {
  open: boolean;
  mode: FindMode;
  notice: Notice;
  /** Change it to focus the find input again and select its text (Ctrl+F while the bar is open). */
  focusRequest?: number;
  /**
   * The current match changed because of the bar (typing, 上一处/下一处, a
   * replacement): show its panel and mark it, leaving the focus in the bar
   * (showMatchWhenShown with focus off). Not called when the notice changes
   * for another reason.
   */
  onNavigate: (match: FindMatch) => void;
  /** One match replaced: the notice as it is now, to record as one change (undo step). */
  onReplace: (notice: Notice) => void;
  /** Every match replaced: one change (one undo step), and how many (已替换 12 处). Only called when text changed. */
  onReplaceAll: (notice: Notice, count: number) => void;
  /**
   * Esc or 关闭. `current` is the match last shown, to select in its field
   * with the focus there (showMatchWhenShown with focus on); null when none was.
   */
  onClose: (current: FindMatch | null) => void;
  /** Lets the bar switch itself between 查找 and 替换; without it the toggle is not shown. */
  onModeChange?: (mode: FindMode) => void;
  /** Ctrl+Z in the bar right after a replacement (nothing typed in the bar since): the notice's undo takes it back. */
  onUndo?: () => void;
}

/**
 * 查找与替换 over the whole notice. Matches are recomputed from the notice on
 * every change (findInNotice is fast enough not to debounce); the bar keeps
 * its place by the position of the current match, not its number, so an
 * edit or a replacement before it does not make it jump. Typing in an IME is
 * searched once the composition ends, never pinyin letter by letter.
 * Searching works in a notice that cannot be changed; replacing does not.
 */
export function FindReplaceBar({
  open,
  mode,
  notice,
  focusRequest,
  onNavigate,
  onReplace,
  onReplaceAll,
  onClose,
  onModeChange,
  onUndo,
}: FindReplaceBarProps) {
  const readOnly = useReadOnly();
  const [query, setQuery] = useState('');
  // What is searched: the query as it was when no composition was under way.
  const [searched, setSearched] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  // Where the current match is; the first match at or after it is current.
  const [anchor, setAnchor] = useState<MatchPosition | null>(null);
  // Whether the current match has been shown since the bar opened.
  const [shown, setShown] = useState(false);
  const navigateAfterRender = useRef(false);
  const findInput = useRef<InputRef>(null);
  // The bar's last act was a replacement: Ctrl+Z in its inputs then means that, not the text typed in them.
  const replacedLast = useRef(false);

  const matches = useMemo(() => (open ? findInNotice(notice, searched, { matchCase }) : []), [open, notice, searched, matchCase]);
  const index = useMemo(() => (anchor ? matchIndexFrom(notice, matches, anchor) : matches.length > 0 ? 0 : -1), [notice, matches, anchor]);
  const current = index >= 0 ? matches[index]! : null;

  useEffect(() => {
    setShown(false);
    if (!open) clearFindHighlight();
  }, [open]);

  useEffect(() => {
    if (open) findInput.current?.focus({ cursor: 'all' });
  }, [open, mode, focusRequest]);

  // Showing the match the bar moved to waits for the render that computed it.
  useEffect(() => {
    if (!navigateAfterRender.current) return;
    navigateAfterRender.current = false;
    if (current) onNavigate(current);
    else clearFindHighlight();
  });

  if (!open) return null;

  const navigate = () => {
    navigateAfterRender.current = true;
    setShown(true);
  };
  const search = (text: string) => {
    setSearched(text);
    navigate();
  };
  const step = (delta: 1 | -1) => {
    if (matches.length === 0) return;
    // The first Enter shows the match the count points at; Shift+Enter the one before it.
    const target = shown || delta < 0 ? (index + delta + matches.length) % matches.length : index;
    const match = matches[target]!;
    setAnchor({ address: match.address, paragraph: match.paragraph, offset: match.start });
    navigate();
  };
  const replaceCurrent = () => {
    if (!current || readOnly) return;
    // Nothing is replaced that has not been shown.
    if (!shown) return navigate();
    const result = replaceMatch(notice, current, replacement);
    if (result.count === 0) return;
    setAnchor(result.resumeAt);
    navigate();
    if (result.notice !== notice) {
      replacedLast.current = true;
      onReplace(result.notice);
    }
  };
  const replaceEvery = () => {
    if (readOnly) return;
    const result = replaceAll(notice, searched, replacement, { matchCase });
    if (result.count === 0) return;
    setAnchor(null);
    setShown(false);
    clearFindHighlight();
    // The buttons go disabled when nothing is left to find: the keyboard stays in the bar.
    findInput.current?.focus();
    if (result.notice !== notice) {
      replacedLast.current = true;
      onReplaceAll(result.notice, result.count);
    }
  };
  const close = () => {
    clearFindHighlight();
    onClose(shown ? current : null);
  };

  const onQuery = (event: ChangeEvent<HTMLInputElement>) => {
    replacedLast.current = false;
    setQuery(event.target.value);
    if (!(event.nativeEvent as InputEvent).isComposing) search(event.target.value);
  };
  const onReplacement = (event: ChangeEvent<HTMLInputElement>) => {
    replacedLast.current = false;
    setReplacement(event.target.value);
  };
  const onCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => search(event.currentTarget.value);
  const onFindKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || isComposing(event)) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
  const onReplaceKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || isComposing(event)) return;
    event.preventDefault();
    replaceCurrent();
  };
  const onBarKey = (event: KeyboardEvent<HTMLElement>) => {
    if (isComposing(event)) return;
    if (
      replacedLast.current &&
      onUndo &&
      (event.ctrlKey || event.metaKey) &&
      !event.shiftKey &&
      !event.altKey &&
      event.key.toLowerCase() === 'z'
    ) {
      event.preventDefault();
      replacedLast.current = false;
      onUndo();
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  const count =
    searched === ''
      ? ''
      : matches.length === 0
        ? '无匹配'
        : shown && current
          ? `第 ${index + 1} / 共 ${matches.length} 处`
          : `共 ${matches.length} 处`;
  const replacing = mode === 'replace';
  return (
    // The bar floats over the middle column; searching is reading, so it stays usable when nothing can be changed.
    <section className="find-anchor" data-own-undo="">
      <ConfigProvider componentDisabled={false}>
        <div className="find-bar" role="search" aria-label={replacing ? '查找和替换' : '查找'} onKeyDown={onBarKey}>
          {onModeChange ? (
            <Tooltip title={replacing ? '收起替换' : '替换（Ctrl+H）'}>
              <Button
                size="small"
                type="text"
                aria-label={replacing ? '收起替换' : '显示替换'}
                aria-expanded={replacing}
                onClick={() => onModeChange(replacing ? 'find' : 'replace')}
              >
                {replacing ? '▾' : '▸'}
              </Button>
            </Tooltip>
          ) : (
            <span />
          )}
          <Input
            ref={findInput}
            size="small"
            aria-label="查找"
            placeholder="查找"
            value={query}
            onChange={onQuery}
            onCompositionEnd={onCompositionEnd}
            onKeyDown={onFindKey}
          />
          <span className="find-actions">
            <span className={matches.length === 0 && searched !== '' ? 'find-count find-none' : 'find-count'} aria-live="polite">
              {count}
            </span>
            <Tooltip title="区分大小写（仅对英文字母）">
              <Button
                size="small"
                type={matchCase ? 'primary' : 'text'}
                aria-label="区分大小写"
                aria-pressed={matchCase}
                onClick={() => {
                  setMatchCase(!matchCase);
                  navigate();
                }}
              >
                大小写
              </Button>
            </Tooltip>
            <Tooltip title="上一处（Shift+Enter）">
              <Button size="small" disabled={matches.length === 0} onClick={() => step(-1)}>
                上一处
              </Button>
            </Tooltip>
            <Tooltip title="下一处（Enter）">
              <Button size="small" disabled={matches.length === 0} onClick={() => step(1)}>
                下一处
              </Button>
            </Tooltip>
            <Tooltip title="关闭（Esc）">
              <Button size="small" type="text" aria-label="关闭查找" onClick={close}>
                ✕
              </Button>
            </Tooltip>
          </span>
          {replacing && (
            <>
              <span />
              <Input
                size="small"
                aria-label="替换为"
                placeholder="替换为"
                value={replacement}
                disabled={readOnly}
                onChange={onReplacement}
                onKeyDown={onReplaceKey}
              />
              <span className="find-actions">
                <Tooltip title={readOnly ? '数据库只读，不能替换' : '替换当前一处并转到下一处（Enter）'}>
                  <Button size="small" disabled={readOnly || !current} onClick={replaceCurrent}>
                    替换
                  </Button>
                </Tooltip>
                <Button size="small" disabled={readOnly || matches.length === 0} onClick={replaceEvery}>
                  全部替换
                </Button>
              </span>
            </>
          )}
        </div>
      </ConfigProvider>
    </section>
  );
}

function isComposing(event: KeyboardEvent): boolean {
  // 229: the key an IME is handling (Chromium reports it on the Enter that confirms a candidate).
  return event.nativeEvent.isComposing || event.keyCode === 229;
}
