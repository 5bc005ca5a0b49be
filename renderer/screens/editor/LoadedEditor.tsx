import { App as AntApp, ConfigProvider } from 'antd';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { noticeTitle } from '../../../shared/document/generated-text';
import type { Layout } from '../../../shared/layout/layout';
import { placeChecklist } from '../../../shared/layout/numbering';
import { createGroup, createItem } from '../../../shared/model/factory';
import type { ChecklistNode, Group, Item, Notice } from '../../../shared/model/notice';
import { plainList } from '../../../shared/model/rich-text';
import { findNode } from '../../../shared/model/tree';
import { useServices, useWritable } from '../../app/services';
import { useLeaveGuard, type Leaving } from '../../components/leave-guard';
import { ReadOnlyArea } from '../../components/read-only';
import { figuresParagraph } from '../../editor/figures';
import { insertCopy } from '../../editor/insert-copy';
import { onceShown } from '../../editor/when-shown';
import { structureSignature } from '../../editor/outline';
import { partNumbers } from '../../../shared/document/part-numbers';
import { isNodeKey, META_KEY, partKey, partOfKey, type SelectionKey } from '../../editor/selection';
import { countItems, insertNode, moveNode, neighbourOf, placeForNew, removeNode, type Relation } from '../../../shared/model/tree-ops';
import { EditorToolbar } from './EditorToolbar';
import { PagedPreview } from './preview/PagedPreview';
import { SidePane, type SideView } from './SidePane';
import { CheckPanel } from './check/CheckPanel';
import { useCheckContext, useNoticeCheck } from './check/use-notice-check';
import { checkResults } from '../../../shared/check/check-results';
import { useCheckActions } from './check/use-check-actions';
import { useEditorSettings } from './use-editor-settings';
import { OverviewDrawer } from './overview/OverviewDrawer';
import { useOverviewDrawer } from './overview/use-overview-drawer';
import { TrackingContexts } from './TrackingContexts';
import { describeFindingPlaces } from '../../../shared/check/finding-place';
import { LISTED_BEFORE_EXPORT, type ExportBlockers } from './ExportControls';
import { GroupPanel } from './GroupPanel';
import { ItemPanel } from './ItemPanel';
import { MetadataForm } from './MetadataForm';
import { NoticeSummary } from './NoticeSummary';
import { ItemLibrary } from './library/ItemLibrary';
import { OutlineActions, outlineKeyCommand, type OutlineCommandName } from './OutlineActions';
import { enabledCommands, TREE_OPS } from './outline-commands';
import { OutlineTree } from './OutlineTree';
import { PartPanel, partBodyField } from './PartPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { confirmUnsavedLeave } from './confirm-unsaved-leave';
import { useRevealInField } from './rich-editors';
import { FindReplaceBar } from './FindReplaceBar';
import { useNoticeFind } from './useNoticeFind';
import { useDeletedMessage } from './useDeletedMessage';
import { useUndoTravel } from './useUndoTravel';
import { usePlainPaste } from './usePlainPaste';
import type { useAutosave } from './useAutosave';
import { useStableCallback } from './use-stable-callback';
import type { NoticeEditing } from './useNoticeEditing';

export type EditingProps = {
  notice: Notice;
  layout: Layout;
  editing: NoticeEditing;
  autosave: ReturnType<typeof useAutosave>;
  onBack: () => void;
  /** Another notice to edit (the next stage's): the editor has saved this one first. */
  onOpen: (noticeId: string) => void;
  onReplaced: (notice: Notice) => void;
};

export function LoadedEditor({ notice, layout, editing, autosave, onBack, onOpen, onReplaced }: EditingProps) {
  const { templates } = useServices();
  const writable = useWritable();
  const { modal } = AntApp.useApp();
  const { actions, history } = editing;
  const [selected, setSelected] = useState<SelectionKey>(() =>
    notice.meta.issuer.trim() === '' && notice.checklist.length === 0 ? META_KEY : partKey('organisation'),
  );
  // The node just added: its title or problem field takes the focus once.
  const [fresh, setFresh] = useState<string | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  // 预览 or 检查 beside the editing column; the 条目库 takes the same place, so one of them is open at a time.
  const [side, setSide] = useState<SideView | null>(null);
  const toggleSide = useCallback((view: SideView) => {
    setSide((open) => (open === view ? null : view));
    setLibraryOpen(false);
  }, []);
  const closeSide = useCallback(() => setSide(null), []);
  // The node 存为模板 was asked for, as it was when asked.
  const [templateNode, setTemplateNode] = useState<ChecklistNode | null>(null);

  const structure = useMemo(() => structureSignature(notice.checklist), [notice.checklist]);
  // Numbering reads only the checklist's shape, which `structure` stands for: typing does not renumber.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the shape on purpose (above)
  const placements = useMemo(() => placeChecklist(notice.checklist, layout), [structure, layout]);
  const labels = useMemo(() => new Map([...placements].map(([id, p]) => [id, p.label])), [placements]);
  const parts = partNumbers(notice, layout);
  const { checklist } = notice;
  const found = isNodeKey(selected) ? findNode(checklist, selected) : null;
  // A node removed elsewhere (or never there) falls back to the part holding the checklist.
  const selection = isNodeKey(selected) && !found ? partKey('checklist') : selected;
  // Each change is recorded with the place it was made at, for undo to show it again.
  editing.place.current = selection;

  const select = useCallback((key: SelectionKey) => {
    setSelected(key);
    setFresh(null);
  }, []);

  const onMove = useCallback(
    (id: string, relation: Relation, targetId: string | null) =>
      actions.changeChecklist((nodes) => moveNode(nodes, id, relation, targetId) ?? nodes),
    [actions],
  );

  const add = (kind: 'group' | 'item') => {
    const node: ChecklistNode =
      kind === 'group'
        ? createGroup('')
        : createItem({ measures: plainList([], layout.defaults.measures), progress: plainList([], layout.defaults.progress) });
    const near = found ? found.node.id : null;
    actions.changeChecklist((nodes) => {
      const place = placeForNew(nodes, kind, near);
      return insertNode(nodes, node, place.relation, place.targetId) ?? [...nodes, node];
    });
    setSelected(node.id);
    setFresh(node.id);
  };

  const remove = () => {
    if (!found) return;
    const { node } = found;
    const next = neighbourOf(checklist, node.id);
    actions.changeChecklist((nodes) => removeNode(nodes, node.id));
    select(next ?? partKey('checklist'));
    const items = countItems(node);
    announceDeleted(
      node.kind === 'group'
        ? `分组“${truncate(node.title) || '未命名分组'}”${items > 0 ? `及其中的 ${items} 个问题` : ''}`
        : `问题“${truncate(node.problem) || '未填写反馈问题'}”`,
    );
  };

  const selectedNodeId = found?.node.id ?? null;
  // Only the tree's shape matters to what the buttons may do.
  const enabled = useMemo(
    () => enabledCommands(checklist, selectedNodeId, writable),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the checklist's shape (structure) is all it reads of it
    [structure, selectedNodeId, writable],
  );
  const onCommand = useStableCallback((name: OutlineCommandName) => {
    if (name === 'addGroup' || name === 'addItem') return add(name === 'addGroup' ? 'group' : 'item');
    if (name === 'remove') return remove();
    if (name === 'library') {
      setSide(null);
      return setLibraryOpen((open) => !open);
    }
    if (name === 'saveItemTemplate') return setTemplateNode(found?.node ?? null);
    const op = TREE_OPS[name];
    if (!op || !found) return;
    const id = found.node.id;
    actions.changeChecklist((nodes) => op(nodes, id) ?? nodes);
  });

  const bodyRef = useRef<HTMLDivElement>(null);
  // Another part or item opens at its top, not scrolled as far as the one before (a match or an undone change then scrolls to itself).
  const mainRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [selection]);
  const { undo, redo } = useUndoTravel({ actions, history, select, root: bodyRef });
  const settings = useEditorSettings();
  const context = useCheckContext(layout, settings);
  // Only while 检查 is shown: the preview's pages, not the check, follow each keystroke.
  const check = useNoticeCheck(notice, context, side === 'check');
  const checkActions = useCheckActions({ select, change: actions.changeNotice, root: bodyRef, context });
  // 导出 Word checks the notice as it is at the click, whether the pane is open or not.
  const errorsBeforeExport = useStableCallback((): ExportBlockers => {
    const errors = checkResults(notice, context).shown.filter((f) => f.severity === 'error');
    const first = errors.slice(0, LISTED_BEFORE_EXPORT);
    const places = describeFindingPlaces(notice, first, layout);
    const listed = first.map((f, i) => ({ message: f.message, place: places[i]! }));
    return { total: errors.length, listed };
  });
  const reviewFindings = useCallback(() => {
    setSide('check');
    setLibraryOpen(false);
  }, []);
  const findBar = useNoticeFind({ select, change: actions.changeNotice, undo, root: bodyRef });
  // Deleting asks nothing: it is one step of the history, and the message offers 撤销 at once.
  const announceDeleted = useDeletedMessage(history, undo);
  usePlainPaste();

  // The outline's keys act on the selected node, when the command may act now; any other key is the tree's own (arrows move).
  const onOutlineKey = useStableCallback((event: ReactKeyboardEvent) => {
    const command = outlineKeyCommand(event);
    if (!command || !writable) return;
    if (command === 'rename') {
      if (found?.node.kind !== 'group') return;
      focusGroupTitle();
    } else if (command === 'addItem') {
      // Enter adds an item only in the checklist; elsewhere it is the tree's own.
      if (!found && selection !== partKey('checklist')) return;
      onCommand(command);
    } else if (enabled[command]) onCommand(command);
    // Tab where nothing can indent or outdent does nothing, as in Word's outline: the focus stays in the tree for the next key.
    else if (command !== 'indent' && command !== 'outdent') return;
    event.preventDefault();
    event.stopPropagation();
  });

  // Every way out (返回列表, the top bar, closing the window) saves first, and asks only if that failed.
  const question = useRef<Promise<boolean> | null>(null);
  const mayLeaveEditor = useStableCallback(async (leaving: Leaving) => {
    if (await autosave.flush()) return true;
    leaving.asking();
    // A second way out while the question is open (the top bar, then the close button) waits for the same answer.
    question.current ??= confirmUnsavedLeave(modal, leaving.target).finally(() => {
      question.current = null;
    });
    return question.current;
  });
  useLeaveGuard(true, mayLeaveEditor);
  const leave = useStableCallback(async () => {
    if (await mayLeaveEditor({ target: 'screen', asking() {} })) onBack();
  });

  const revealInField = useRevealInField();
  // The figures sentence goes in as one step of the history; the organisation part is shown with the caret after it.
  const insertFiguresSentence = useStableCallback((sentence: string) => {
    const { body } = notice.parts.organisation;
    const paragraphs = [...body.paragraphs, figuresParagraph(body, sentence)];
    actions.setPart('organisation', { body: { ...body, paragraphs } });
    select(partKey('organisation'));
    revealInField(partBodyField('organisation'), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  });
  const retrySave = useStableCallback(() => void autosave.flush());
  const closeLibrary = useCallback(() => setLibraryOpen(false), []);
  const closeTemplateDialog = useCallback(() => setTemplateNode(null), []);
  // A copy from the 条目库 goes where a new node of its kind would, and is selected.
  const insertLibraryCopy = useStableCallback((copy: ChecklistNode) => {
    const near = found ? found.node.id : null;
    actions.changeChecklist((nodes) => insertCopy(nodes, copy, near));
    select(copy.id);
  });

  const onItem = actions.updateItem;
  const overview = useOverviewDrawer(select);
  const onGroup = actions.updateGroup;
  const part = partOfKey(selection);
  let middle;
  if (selection === META_KEY) middle = <MetadataForm meta={notice.meta} boilerplate={templates.boilerplate} onChange={actions.setMeta} />;
  else if (part) middle = <PartPanel key={part} partKey={part} part={notice.parts[part]} number={parts[part]} onChange={actions.setPart} />;
  else if (found?.node.kind === 'item')
    middle = (
      <ItemPanel
        key={found.node.id}
        item={found.node}
        labels={labels}
        placements={placements}
        layout={layout}
        autoFocus={fresh === found.node.id}
        onChange={onItem}
        onDeleted={announceDeleted}
      />
    );
  else if (found?.node.kind === 'group')
    middle = (
      <GroupPanel
        key={found.node.id}
        group={found.node as Group}
        labels={labels}
        autoFocus={fresh === found.node.id}
        onChange={onGroup}
        onSelect={select}
      />
    );

  return (
    <TrackingContexts settings={settings} feedbackDate={notice.meta.feedbackDate}>
      <div className="editor-screen" data-notice-id={notice.id}>
        <EditorToolbar
          title={noticeTitle(notice.meta, templates.boilerplate)}
          layouts={templates.layouts}
          layoutId={layout.id}
          status={notice.status}
          saveState={autosave.state}
          noticeId={notice.id}
          flush={autosave.flush}
          onBack={leave}
          onLayout={actions.setLayout}
          onStatus={actions.setStatus}
          onRetrySave={retrySave}
          writable={writable}
          onRestored={onReplaced}
          history={history}
          onUndo={undo}
          onRedo={redo}
          side={side}
          onSide={toggleSide}
          errorsBeforeExport={errorsBeforeExport}
          onReviewFindings={reviewFindings}
          stage={notice.meta.stage}
          onOpenNotice={onOpen}
          onOverview={overview.show}
        />
        <ReadOnlyArea readOnly={!writable}>
          <div ref={bodyRef} className={`editor-body${libraryOpen ? ' library-open' : ''}${side ? ' side-open' : ''}`}>
            <aside className="editor-outline" aria-label="提纲">
              <OutlineActions enabled={enabled} onCommand={onCommand} />
              <div className="outline-scroll" onKeyDownCapture={onOutlineKey}>
                {/* Moving through the outline is reading, not editing: it stays usable when nothing can be changed (dragging is off). */}
                <ConfigProvider componentDisabled={false}>
                  <OutlineTree notice={notice} layout={layout} selected={selection} onSelect={select} onMove={onMove} />
                </ConfigProvider>
              </div>
            </aside>
            <main className="editor-main" ref={mainRef}>
              <FindReplaceBar notice={notice} {...findBar} />
              {middle}
            </main>
            <aside className="editor-properties" aria-label="属性">
              {found?.node.kind === 'item' ? (
                <PropertiesPanel item={found.node as Item} onChange={onItem} />
              ) : (
                <NoticeSummary checklist={checklist} onInsertSentence={insertFiguresSentence} />
              )}
            </aside>
            {side && (
              <SidePane
                view={side}
                onView={setSide}
                onClose={closeSide}
                checkLabel={side === 'check' && check.shown.length > 0 ? `检查（${check.shown.length}）` : '检查'}
                preview={
                  <PagedPreview
                    notice={notice}
                    layout={layout}
                    settings={settings}
                    selection={selection}
                    onSelect={select}
                    active={side === 'preview'}
                  />
                }
                check={<CheckPanel check={check} writable={writable} {...checkActions} />}
              />
            )}
            <OverviewDrawer
              open={overview.open}
              checklist={checklist}
              layout={layout}
              onClose={overview.close}
              onSelect={overview.selectRow}
              onItem={onItem}
              writable={writable}
            />
            <ItemLibrary
              open={libraryOpen}
              onClose={closeLibrary}
              onInsert={insertLibraryCopy}
              nodeToSave={templateNode}
              onSaveClosed={closeTemplateDialog}
            />
          </div>
        </ReadOnlyArea>
      </div>
    </TrackingContexts>
  );
}

/** F2 on a group: its title field, text selected, once the group's panel is on screen. */
function focusGroupTitle(): void {
  onceShown(() => {
    const input = document.querySelector<HTMLInputElement>('.group-panel input[aria-label="分组标题"]');
    input?.focus();
    input?.select();
    return input !== null;
  });
}

function truncate(text: string, length = 30): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
