import { findLedgerShape } from '../../shared/import/ledger/find-header';
import { emptyCell, type LedgerCell, type LedgerSourceRow, type LedgerTable } from '../../shared/import/ledger/ledger-table';
import { attr, child, W } from './docx-xml';
import type { OpenDocx } from './read-docx';

/** A table this wide or wider, of this many rows, may be a ledger; a one-cell frame around a notice is not. */
const MIN_COLUMNS = 3;
const MIN_ROWS = 2;
/** Text outside the table, as a share of the table's: a title and a date line, not a notice around a table. */
const MAX_OUTSIDE_SHARE = 0.25;
/** Rows and columns a Word ledger has at most; the same caps as a spreadsheet's. */
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 60;

/**
 * The ledger a .docx holds when its body is mainly one table with a ledger's
 * header (问题清单 / 整改台账 kept in Word): the table's rows, with the
 * paragraphs before it as rows of their own (the title). Null when the body
 * is a notice — its text outweighs the table, or no table has a header the
 * importer knows — so a notice with a table inside stays a notice.
 * Walks the XML without recursion: nesting depth costs no stack.
 */
export function docxLedgerTable(docx: OpenDocx): LedgerTable | null {
  const blocks = topBlocks(docx.body);
  const tables = blocks.filter((b) => b.localName === 'tbl');
  if (tables.length === 0) return null;
  const read = tables.map((tbl) => ({ tbl, table: tableRows(tbl, docx) }));
  const main = read.reduce((a, b) => (textSize(b.table) > textSize(a.table) ? b : a));
  if (main.table.columnCount < MIN_COLUMNS || main.table.rows.length < MIN_ROWS) return null;
  const shape = findLedgerShape(main.table);
  if (!shape || shape.columns.filter((c) => c.field !== null).length < 2) return null;

  const before: string[] = [];
  const after: string[] = [];
  let outside = 0;
  let passed = false;
  for (const block of blocks) {
    if (block === main.tbl) {
      passed = true;
      continue;
    }
    const text = block.localName === 'tbl' ? tableText(read.find((r) => r.tbl === block)!.table) : paragraphsText(block, docx);
    outside += Array.from(text).length;
    if (text.trim() !== '') (passed ? after : before).push(text.trim());
  }
  if (outside > MAX_OUTSIDE_SHARE * textSize(main.table)) return null;

  const width = main.table.columnCount;
  const titleRows: LedgerSourceRow[] = before.map((text) => ({
    line: 0,
    cells: [{ ...emptyCell(), text }, ...Array.from({ length: width - 1 }, emptyCell)],
  }));
  // The table's own rows keep their numbers (表格第 N 行); the title rows above shift the merge references.
  const shifted = main.table.rows.map((row) => ({
    line: row.line,
    cells: row.cells.map((cell) =>
      cell.master ? { ...cell, master: { row: cell.master.row + titleRows.length, col: cell.master.col } } : cell,
    ),
  }));
  const notes = after.map((text) => ({ message: '表格之后的文字没有对应的位置，未导入', line: null, excerpt: text }));
  if (tables.length > 1) notes.push({ message: `文档中有 ${tables.length} 个表格，只导入了其中内容最多的一个`, line: null, excerpt: '' });
  return { rows: [...titleRows, ...shifted], columnCount: width, notes };
}

/** The body's blocks in order, through content controls (w:sdt) without recursion. */
function topBlocks(body: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const found: Element[] = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1 || (node as Element).namespaceURI !== W) continue;
      const el = node as Element;
      if (el.localName === 'sdt' || el.localName === 'sdtContent' || el.localName === 'customXml') found.push(el);
      else if (el.localName === 'p' || el.localName === 'tbl') found.push(el);
    }
    // Containers are expanded in place, keeping document order.
    for (let i = found.length - 1; i >= 0; i--) {
      const el = found[i]!;
      if (el.localName === 'p' || el.localName === 'tbl') out.push(el);
      else stack.push(el);
    }
  }
  return sortInDocumentOrder(out);
}

/** Elements collected from a stack come out of order; document order is the position among all elements. */
function sortInDocumentOrder(elements: Element[]): Element[] {
  const rank = new Map<Element, number>();
  let i = 0;
  const root = elements[0]?.ownerDocument?.documentElement;
  if (!root) return elements;
  const wanted = new Set(elements);
  for (const el of iterate(root)) if (wanted.has(el)) rank.set(el, i++);
  return [...elements].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/** Every element under `root` in document order, iteratively. */
function* iterate(root: Element): Generator<Element> {
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 1) yield node as Element;
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling && node !== root) node = node.parentNode;
      if (!node || node === root) return;
      node = node.nextSibling;
    }
  }
}

/**
 * The text of every paragraph inside an element (a cell, a paragraph with
 * text boxes), one line each, in document order. A paragraph's own subtree
 * is not walked: the paragraph's reading hands over its text boxes' paragraphs.
 */
function paragraphsText(element: Element, docx: OpenDocx): string {
  const lines: string[] = [];
  const queue: Element[] = [];
  if (element.localName === 'p') queue.push(element);
  else {
    let node: Node | null = element.firstChild;
    while (node) {
      const isParagraph = node.nodeType === 1 && (node as Element).localName === 'p' && (node as Element).namespaceURI === W;
      if (isParagraph) queue.push(node as Element);
      if (!isParagraph && node.firstChild) node = node.firstChild;
      else {
        while (node && !node.nextSibling && node.parentNode !== element) node = node.parentNode;
        node = node && node.parentNode !== null ? node.nextSibling : null;
      }
    }
  }
  while (queue.length > 0) {
    const paragraph = queue.shift()!;
    const nested: Element[] = [];
    lines.push(docx.paragraphLine(paragraph, nested));
    queue.unshift(...nested);
  }
  return lines.join('\n').replace(/\n+$/u, '');
}

/** A Word table as rows of cells on its grid: gridSpan merges across, vMerge merges down. */
function tableRows(tbl: Element, docx: OpenDocx): LedgerTable {
  const rows: LedgerSourceRow[] = [];
  let width = 0;
  for (const tr of childrenIn(tbl, 'tr')) {
    if (rows.length >= MAX_ROWS) break;
    const cells: LedgerCell[] = [];
    const r = rows.length;
    const before = Number(attr(child(child(tr, 'trPr'), 'gridBefore'), 'val') ?? 0);
    for (let i = 0; i < Math.min(before, MAX_COLUMNS); i++) cells.push(emptyCell());
    for (const tc of childrenIn(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.max(1, Math.min(MAX_COLUMNS, Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1) || 1));
      const vMerge = child(tcPr, 'vMerge');
      const col = cells.length;
      if (col >= MAX_COLUMNS) break;
      let cell: LedgerCell;
      if (vMerge && attr(vMerge, 'val') !== 'restart') {
        const above = rows[r - 1]?.cells[col];
        const master = above ? (above.master ?? { row: r - 1, col }) : null;
        cell = master ? { ...emptyCell(), master } : { ...emptyCell(), text: paragraphsText(tc, docx) };
      } else {
        cell = { ...emptyCell(), text: paragraphsText(tc, docx) };
      }
      cells.push(cell);
      const master = cell.master ?? { row: r, col };
      for (let s = 1; s < span && cells.length < MAX_COLUMNS; s++) cells.push({ ...emptyCell(), master });
    }
    width = Math.max(width, cells.length);
    rows.push({ line: r + 1, cells });
  }
  for (const row of rows) while (row.cells.length < width) row.cells.push(emptyCell());
  return { rows, columnCount: width, notes: [] };
}

/** Rows and cells, also when wrapped in content controls (w:sdt > w:sdtContent), without recursion. */
function childrenIn(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  const pending: Element[] = [parent];
  while (pending.length > 0) {
    const el = pending.shift()!;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1 || (node as Element).namespaceURI !== W) continue;
      const c = node as Element;
      if (c.localName === localName) out.push(c);
      else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') pending.push(c);
    }
  }
  return out;
}

function tableText(table: LedgerTable): string {
  return table.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n');
}

function textSize(table: LedgerTable): number {
  return Array.from(tableText(table).replace(/\s+/gu, '')).length;
}
