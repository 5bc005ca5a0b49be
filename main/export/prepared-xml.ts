import {
  BaseXmlComponent,
  Paragraph,
  ParagraphProperties,
  TextRun,
  type IContext,
  type IParagraphOptions,
  type IRunOptions,
  type IXmlableObject,
  type ParagraphChild,
  type SectionProperties,
} from 'docx';

/**
 * Runs and paragraphs that share their formatting's XML. A notice has a few
 * hundred paragraphs but only a handful of formats (body, headings, bold,
 * title; justified or centred, kept with the next or not), and docx works
 * out each one's w:rPr and w:pPr afresh, attribute by attribute: most of the
 * time it spends writing the document body. Here each format's element is
 * worked out once, by docx itself (so the bytes are its own), and every run
 * or paragraph of that format writes the same element. One instance per
 * document: nothing is kept between exports.
 */
export class SharedFormats {
  private readonly runs = new Map<string, { format: IRunOptions; written: RunTemplate | null }>();
  private readonly paragraphs = new Map<string, { options: Omit<IParagraphOptions, 'children'>; properties: PreparedElement | null }>();

  /**
   * A run of plain text; the same XML as `new TextRun({ text, ...format() })`.
   * `key` names the format within this document (the same key, the same
   * format): the format is made and written once per key, not per run.
   */
  run(key: string, text: string, format: () => IRunOptions): TextRun {
    let shared = this.runs.get(key);
    if (!shared) {
      const made = format();
      shared = { format: made, written: RunTemplate.of(new TextRun({ ...made, text: '' })) };
      this.runs.set(key, shared);
    }
    return shared.written ? new PreparedTextRun(text, shared.written) : new TextRun({ text, ...shared.format });
  }

  /** A paragraph; the same XML as `new Paragraph({ ...options(), children })`, its options made and written once per key. */
  paragraph(key: string, options: () => Omit<IParagraphOptions, 'children'>, children: ParagraphChild[]): Paragraph {
    let shared = this.paragraphs.get(key);
    if (!shared) {
      const made = options();
      // A numbered paragraph's properties are worked out from where it stands: those are never shared.
      shared = { options: made, properties: made.numbering ? null : PreparedElement.of(new Paragraph(made), 'w:p', 'w:pPr') };
      this.paragraphs.set(key, shared);
    }
    return shared.properties
      ? new PreparedParagraph(shared.options, shared.properties, children)
      : new Paragraph({ ...shared.options, children });
  }
}

/** An element as docx wrote it once, written again as it is. */
class PreparedElement extends BaseXmlComponent {
  private constructor(private readonly xml: IXmlableObject) {
    super(Object.keys(xml)[0]!);
  }

  /**
   * The first child (`child`, e.g. w:pPr) of what a component writes as `element` (w:p); null if it writes
   * something else (no such first child): then nothing is shared.
   */
  static of(component: BaseXmlComponent, element: string, child: string): PreparedElement | null {
    // Formats read nothing from the context (no relationships; numbering is never shared): an empty one will do.
    const context = { stack: [] } as unknown as IContext;
    const written = component.prepForXml(context)?.[element];
    const first: unknown = Array.isArray(written) ? written[0] : undefined;
    const isChild = typeof first === 'object' && first !== null && Object.keys(first).length === 1 && child in first;
    return isChild ? new PreparedElement(first as IXmlableObject) : null;
  }

  prepForXml(): IXmlableObject {
    return this.xml;
  }
}

/**
 * What docx writes for a run of one format, its text aside: the run's
 * w:rPr and the attributes of its w:t (`xml:space="preserve"`), each the
 * very object docx made for a run of that format.
 */
class RunTemplate {
  private constructor(
    readonly properties: IXmlableObject,
    readonly textAttributes: IXmlableObject,
  ) {}

  /** The template of a run of empty text; null if docx writes that run as something other than w:rPr then w:t. */
  static of(run: TextRun): RunTemplate | null {
    const context = { stack: [] } as unknown as IContext;
    const written = run.prepForXml(context)?.['w:r'];
    if (!Array.isArray(written) || written.length !== 2) return null;
    const [properties, text] = written as unknown[];
    const isOnly = (value: unknown, key: string) =>
      typeof value === 'object' && value !== null && Object.keys(value).length === 1 && key in value;
    if (!isOnly(properties, 'w:rPr') || !isOnly(text, 'w:t')) return null;
    const content: unknown = (text as Record<string, unknown>)['w:t'];
    if (!Array.isArray(content) || content.length !== 2 || !isOnly(content[0], '_attr') || content[1] !== '') return null;
    return new RunTemplate(properties as IXmlableObject, content[0] as IXmlableObject);
  }
}

/**
 * A run of plain text in a shared format: what `new TextRun({ text, ...format })`
 * writes, written from its format's template rather than from the
 * components docx makes for each run (its properties, its text and the
 * text's attributes, each written anew every time). A TextRun still, for
 * docx's types; its own components, made empty, are never written.
 */
class PreparedTextRun extends TextRun {
  constructor(
    private readonly text: string,
    private readonly written: RunTemplate,
  ) {
    super({});
  }

  override prepForXml(): IXmlableObject {
    return { 'w:r': [this.written.properties, { 'w:t': [this.written.textAttributes, this.text] }] } as unknown as IXmlableObject;
  }
}

class PreparedParagraph extends Paragraph {
  constructor(
    private readonly own: Omit<IParagraphOptions, 'children'>,
    private readonly shared: PreparedElement,
    children: ParagraphChild[],
  ) {
    super({ children });
    this.root[0] = shared;
  }

  /**
   * The last paragraph of a section (all but the document's last) carries
   * the section's w:sectPr in its properties while the body is written: it
   * writes properties of its own then, made from its options.
   */
  override addSectionProperties(section: SectionProperties): void {
    const properties = new ParagraphProperties(this.own);
    properties.addSectionProperties(section);
    this.root[0] = properties;
  }

  override removeSectionProperties(): void {
    this.root[0] = this.shared;
  }
}
