import type { Page } from 'playwright-core';

/** A box as the page lays it out, in CSS pixels from the viewport's top left. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** A field's box with what it holds against what it can show. */
export interface FieldFit {
  name: string;
  box: Box;
  /** The column the field sits in, `main` or `properties`. */
  column: 'main' | 'properties';
  scrollWidth: number;
  clientWidth: number;
}

/** What a user checks by eye on the 编辑 screen: the columns, the fields that may clip, the toolbar. */
export interface EditorLayout {
  viewport: { width: number; height: number };
  /** The document's own width: wider than the viewport is a horizontal scroll bar. */
  documentWidth: number;
  outline: Box;
  main: Box;
  /** Null when the properties column is not shown. */
  properties: Box | null;
  /** The 条目库 panel when it is open. */
  library: Box | null;
  /** Every date picker's input, in the middle and the properties columns. */
  dates: FieldFit[];
  /** Every form label of the middle column, with the height of one line of it. */
  labels: { text: string; box: Box; lineHeight: number; scrollWidth: number; clientWidth: number }[];
  /** The rich-text fields of the middle column. */
  richFields: { name: string; box: Box }[];
  /** The text inputs, selects and text areas of the middle column. */
  inputs: { name: string; box: Box }[];
  toolbar: Box & { scrollWidth: number; clientWidth: number };
  /** Each control of the toolbar: buttons, selects, the checkbox, the save state, the title. */
  toolbarControls: { name: string; box: Box }[];
  title: { box: Box; scrollWidth: number; clientWidth: number };
}

/** Reads the layout of the editor as it is on screen now. */
export function readEditorLayout(page: Page): Promise<EditorLayout> {
  return page.evaluate(() => {
    const box = (element: Element): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    };
    const shown = (element: Element | null): element is HTMLElement =>
      element instanceof HTMLElement && element.getClientRects().length > 0;
    const one = (selector: string) => document.querySelector(selector);
    const properties = one('.editor-properties');
    const library = one('.library-drawer');
    const dates = Array.from(
      document.querySelectorAll<HTMLInputElement>('.editor-main .ant-picker input, .editor-properties .ant-picker input'),
    )
      .filter(shown)
      .map((input) => ({
        name: input.getAttribute('aria-label') ?? '',
        box: box(input.closest('.ant-picker')!),
        column: input.closest('.editor-main') ? ('main' as const) : ('properties' as const),
        scrollWidth: input.scrollWidth,
        clientWidth: input.clientWidth,
      }));
    const labels = Array.from(document.querySelectorAll<HTMLElement>('.editor-main .ant-form-item-label > label'))
      .filter(shown)
      .map((label) => ({
        text: label.textContent ?? '',
        box: box(label),
        lineHeight: parseFloat(getComputedStyle(label).lineHeight) || 22,
        scrollWidth: label.scrollWidth,
        clientWidth: label.clientWidth,
      }));
    const richFields = Array.from(document.querySelectorAll<HTMLElement>('.editor-main [data-slate-editor]'))
      .filter(shown)
      .map((field) => ({ name: field.getAttribute('aria-label') ?? '', box: box(field) }));
    const inputs = Array.from(
      document.querySelectorAll<HTMLElement>('.editor-main input.ant-input, .editor-main textarea, .editor-main .ant-select'),
    )
      .filter(shown)
      .map((field) => ({
        name: field.getAttribute('aria-label') ?? field.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '',
        box: box(field),
      }));
    const toolbar = one('.editor-toolbar') as HTMLElement;
    const controls = Array.from(
      toolbar.querySelectorAll<HTMLElement>(
        ':scope > .ant-btn, :scope > .ant-tag, .editor-title, .toolbar-field, .save-indicator, .export-controls > *',
      ),
    )
      .filter(shown)
      .map((control) => ({
        name: (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 20),
        box: box(control),
      }));
    const title = one('.editor-title') as HTMLElement;
    return {
      viewport: { width: innerWidth, height: innerHeight },
      documentWidth: document.documentElement.scrollWidth,
      outline: box(one('.editor-outline')!),
      main: box(one('.editor-main')!),
      properties: shown(properties) ? box(properties) : null,
      library: shown(library) ? box(library) : null,
      dates,
      labels,
      richFields,
      inputs,
      toolbar: { ...box(toolbar), scrollWidth: toolbar.scrollWidth, clientWidth: toolbar.clientWidth },
      toolbarControls: controls,
      title: { box: box(title), scrollWidth: title.scrollWidth, clientWidth: title.clientWidth },
    };
  });
}

/** Whether `inner` lies within `outer` (a pixel of rounding allowed). */
export function inside(inner: Box, outer: Box | { width: number; height: number }): boolean {
  const o = 'left' in outer ? outer : { left: 0, top: 0, right: outer.width, bottom: outer.height };
  return inner.left >= o.left - 1 && inner.right <= o.right + 1 && inner.top >= o.top - 1 && inner.bottom <= o.bottom + 1;
}

/** Whether two boxes share some area (touching edges do not count). */
export function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

/** Elements of the page that stick out past the viewport's right edge (a clipped or scrolled-off control). */
export function beyondRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((element) => {
        const r = element.getBoundingClientRect();
        // Inside a scrolling box the overflow is that box's business (a wide table scrolls in its wrapper).
        return (
          r.width > 0 &&
          r.height > 0 &&
          r.right > innerWidth + 1 &&
          !element.closest('.ant-table-content, .ant-select-dropdown, .ant-picker-dropdown')
        );
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} → ${Math.round(element.getBoundingClientRect().right)}`,
      ),
  );
}
