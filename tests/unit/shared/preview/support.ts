import { loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import type { DocBlock } from '../../../../shared/document/blocks';
import { layOutPages, type LedgerInput } from '../../../../shared/preview/lay-out-pages';
import type { NoticePage, PageLine, PreviewPage } from '../../../../shared/preview/page-types';

export const templates = loadLayoutTemplates();
export const style = templates.style;

const HAN = '巡察整改工作坚持问题导向强化责任落实建立长效机制推动各项任务落地见效确保取得实际成效';

/** `count` Chinese characters, varied so that lines are told apart. */
export function han(count: number, from = 0): string {
  let text = '';
  for (let i = 0; i < count; i++) text += HAN[(from + i) % HAN.length];
  return text;
}

export function paragraph(text: string, extra: Partial<Extract<DocBlock, { kind: 'paragraph' }>> = {}): DocBlock {
  return { kind: 'paragraph', runs: [{ text, role: 'body' }], ...extra };
}

export const lineText = (line: PageLine) => line.runs.map((r) => r.text).join('');

/** The lines of a single paragraph laid out alone. */
export function linesOf(text: string): PageLine[] {
  return (layOutPages([paragraph(text)], style)[0] as NoticePage).lines;
}

export function pages(blocks: DocBlock[], ledger?: LedgerInput): PreviewPage[] {
  return layOutPages(blocks, style, ledger);
}

export function noticePages(blocks: DocBlock[]): NoticePage[] {
  return pages(blocks).filter((p): p is NoticePage => p.orientation === 'portrait');
}
