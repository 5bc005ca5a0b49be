import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { errorReason } from '../../components/error-text';
import { DamagedNoticeActions } from './DamagedNoticeActions';
import { figuresParagraph } from '../../editor/figures';
import { insertCopy } from '../../editor/insert-copy';
import { partLabels, structureSignature } from '../../editor/outline';
import { isNodeKey, META_KEY, partKey, partOfKey, type SelectionKey } from '../../editor/selection';
import { countItems, indentNode, insertNode, moveNode, neighbourOf, outdentNode, placeForNew, removeNode, shiftNode, type Relation } from '../../editor/tree-ops';
import { EditorToolbar } from './EditorToolbar';
import { GroupPanel } from './GroupPanel';
import { ItemPanel } from './ItemPanel';
import { MetadataForm } from './MetadataForm';
import { NoticeSummary } from './NoticeSummary';
import { ItemLibrary } from './library/ItemLibrary';
import { NODE_COMMANDS, OUTLINE_COMMANDS, OutlineActions, type OutlineCommandName } from './OutlineActions';
import { OutlineTree } from './OutlineTree';
import { PartPanel, partBodyField } from './PartPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { confirmUnsavedLeave } from './confirm-unsaved-leave';
import { RichEditorsProvider, useAppendParagraph } from './rich-editors';
import { useAutosave } from './useAutosave';
import { useReplaceNotice } from './versions/use-replace-notice';
import { useStableCallback } from './use-stable-callback';
import { useNoticeEditing } from './useNoticeEditing';
import { useSaveShortcut } from './useSaveShortcut';
import './editor.css';

/** The outline commands that are tree operations on the selected node. */
const TREE_OPS: Partial<Record<OutlineCommandName, (nodes: ChecklistNode[], id: string) => ChecklistNode[] | null>> = {
  up: (nodes, id) => shiftNode(nodes, id, -1),
  down: (nodes, id) => shiftNode(nodes, id, 1),
  outdent: outdentNode,
  indent: indentNode,
};

/** 编辑: one notice, its outline on the left, the selected part or item in the middle, its properties on the right. */
export function EditorScreen({ noticeId, onBack }: { noticeId: string; onBack: () => void }) {
  // The provider sits above the notice's state, so a keystroke does not re-render it.
  return (
    <RichEditorsProvider>
      <NoticeEditor noticeId={noticeId} onBack={onBack} />
    </RichEditorsProvider>
  );
}

/** Loads the notice, holds it in state and saves it; shows the editor once it is loaded. */
function NoticeEditor({ noticeId, onBack }: { noticeId: string; onBack: () => void }) {
  const { api, templates } = useServices();
  const writable = useWritable();
  const [notice, setNotice, actions] = useNoticeEditing(templates.layouts, !writable);
  const [failure, setFailure] = useState<string | null>(null);
  const autosave = useAutosave(notice, (n) => api.saveNotice(n));
  const { markSaved } = autosave;
  useSaveShortcut(autosave.flush);
  const [replaced, replaceNotice] = useReplaceNotice(markSaved, setNotice);

  useEffect(() => {
    let live = true;
    api.getNotice(noticeId).then(
      (loaded) => {
        if (!live) return;
        markSaved(loaded);
        setNotice(loaded);
      },
      (error: unknown) => live && setFailure(errorReason(error)),
    );
    return () => {
      live = false;
    };
  }, [api, noticeId, markSaved, setNotice]);

  if (failure) {
    return <Result status="warning" title="无法打开这份通报" subTitle={failure} extra={<DamagedNoticeActions noticeId={noticeId} onBack={onBack} />} />;
  }
  if (!notice) return <Spin size="large" className="editor-loading" tip="正在打开通报…" fullscreen />;
  const layout = templates.layouts.find((l) => l.id === notice.layoutId) ?? templates.layouts[0]!;
  // Keyed by the restores made, so every field shows a restored notice afresh (Slate fields own their text once mounted).
  return <LoadedEditor key={replaced} notice={notice} layout={layout} actions={actions} autosave={autosave} onBack={onBack} onReplaced={replaceNotice} />;
}

type EditingProps = {
  notice: Notice;
  layout: Layout;
  actions: ReturnType<typeof useNoticeEditing>[2];
  autosave: ReturnType<typeof useAutosave>;
  onBack: () => void;
  onReplaced: (notice: Notice) => void;
};

function LoadedEditor({ notice, layout, actions, autosave, onBack, onReplaced }: EditingProps) {
  const { templates } = useServices();
  const writable = useWritable();
  const { modal } = AntApp.useApp();
  const [selected, setSelected] = useState<SelectionKey>(() => (notice.meta.issuer.trim() === '' && notice.checklist.length === 0 ? META_KEY : partKey('organisation')));
  // The node just added: its title or problem field takes the focus once.
  const [fresh, setFresh] = useState<string | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  // The node 存为模板 was asked for, as it was when asked.
  const [templateNode, setTemplateNode] = useState<ChecklistNode | null>(null);

  const structure = useMemo(() => structureSignature(notice.checklist), [notice.checklist]);
  // Numbering reads only the checklist's shape, which `structure` stands for: typing does not renumber.
  const placements = useMemo(() => placeChecklist(notice.checklist, layout), [structure, layout]);
  const labels = useMemo(() => new Map([...placements].map(([id, p]) => [id, p.label])), [placements]);
  const parts = partLabels(notice, layout);
  const { checklist } = notice;
  const found = isNodeKey(selected) ? findNode(checklist, selected) : null;
  // A node removed elsewhere (or never there) falls back to the part holding the checklist.
  const selection = isNodeKey(selected) && !found ? partKey('checklist') : selected;

  const select = useCallback((key: SelectionKey) => {
    setSelected(key);
    setFresh(null);
  }, []);

  const onMove = useCallback(
    (id: string, relation: Relation, targetId: string | null) => actions.changeChecklist((nodes) => moveNode(nodes, id, relation, targetId) ?? nodes),
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
    const items = countItems(node);
    modal.confirm({
      title: node.kind === 'group' ? '删除这个分组？' : '删除这个问题？',
      content:
        node.kind === 'group'
          ? `分组“${node.title || '未命名分组'}”${items > 0 ? `及其中的 ${items} 个问题` : ''}将被删除，删除后无法恢复。`
          : `问题“${truncate(node.problem) || '未填写反馈问题'}”及其整改措施、落实情况将被删除，删除后无法恢复。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => {
        const next = neighbourOf(checklist, node.id);
        actions.changeChecklist((nodes) => removeNode(nodes, node.id));
        select(next ?? partKey('checklist'));
      },
    });
  };

  const selectedNodeId = found?.node.id ?? null;
  // What the buttons may do now (a move the tree operations refuse is a disabled button); only the tree's shape matters.
  const enabled = useMemo(
    () =>
      Object.fromEntries(
        OUTLINE_COMMANDS.map((name) => {
          // A database that cannot be written: every outline command changes the notice.
          if (!writable) return [name, false];
          const op = TREE_OPS[name];
          if (op) return [name, selectedNodeId !== null && op(checklist, selectedNodeId) !== null];
          return [name, NODE_COMMANDS.includes(name) ? selectedNodeId !== null : true];
        }),
      ) as Record<OutlineCommandName, boolean>,
    [structure, selectedNodeId, writable],
  );
  const onCommand = useStableCallback((name: OutlineCommandName) => {
    if (name === 'addGroup' || name === 'addItem') return add(name === 'addGroup' ? 'group' : 'item');
    if (name === 'remove') return remove();
    if (name === 'library') return setLibraryOpen((open) => !open);
    if (name === 'saveTemplate') return setTemplateNode(found?.node ?? null);
    const op = TREE_OPS[name];
    if (!op || !found) return;
    const id = found.node.id;
    actions.changeChecklist((nodes) => op(nodes, id) ?? nodes);
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

  // The figures sentence goes in as an edit of the organisation part's own editor (undo, autosave), then that part is shown.
  const appendParagraph = useAppendParagraph();
  const insertFiguresSentence = useStableCallback((sentence: string) => {
    const { body } = notice.parts.organisation;
    const paragraphs = appendParagraph(partBodyField('organisation'), body.paragraphs, figuresParagraph(body, sentence));
    actions.setPart('organisation', { body: { ...body, paragraphs } });
    select(partKey('organisation'));
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
  const onGroup = actions.updateGroup;
  const part = partOfKey(selection);
  let middle;
  if (selection === META_KEY) middle = <MetadataForm meta={notice.meta} boilerplate={templates.boilerplate} onChange={actions.setMeta} />;
  else if (part) middle = <PartPanel key={part} partKey={part} part={notice.parts[part]} number={parts[part]} onChange={actions.setPart} />;
  else if (found?.node.kind === 'item')
    middle = <ItemPanel key={found.node.id} item={found.node} labels={labels} placements={placements} layout={layout} autoFocus={fresh === found.node.id} onChange={onItem} />;
  else if (found?.node.kind === 'group')
    middle = <GroupPanel key={found.node.id} group={found.node as Group} labels={labels} autoFocus={fresh === found.node.id} onChange={onGroup} onSelect={select} />;

  return (
    <div className="editor-screen">
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
      />
      <ReadOnlyArea readOnly={!writable}>
        <div className={libraryOpen ? 'editor-body library-open' : 'editor-body'}>
          <aside className="editor-outline" aria-label="提纲">
            <OutlineActions enabled={enabled} onCommand={onCommand} />
            <div className="outline-scroll">
              {/* Moving through the outline is reading, not editing: it stays usable when nothing can be changed (dragging is off). */}
              <ConfigProvider componentDisabled={false}>
                <OutlineTree notice={notice} layout={layout} selected={selection} onSelect={select} onMove={onMove} />
              </ConfigProvider>
            </div>
          </aside>
          <main className="editor-main">{middle}</main>
          <aside className="editor-properties" aria-label="属性">
            {found?.node.kind === 'item' ? <PropertiesPanel item={found.node as Item} onChange={onItem} /> : <NoticeSummary checklist={checklist} onInsertSentence={insertFiguresSentence} />}
          </aside>
          <ItemLibrary open={libraryOpen} onClose={closeLibrary} onInsert={insertLibraryCopy} nodeToSave={templateNode} onSaveClosed={closeTemplateDialog} />
        </div>
      </ReadOnlyArea>
    </div>
  );
}

function truncate(text: string, length = 30): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
