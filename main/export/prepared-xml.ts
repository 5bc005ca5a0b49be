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
  private readonly runProperties = new Map<string, PreparedElement | null>();
  private readonly paragraphProperties = new Map<string, PreparedElement | null>();

  /** A run of plain text in this format; the same XML as `new TextRun({ text, ...format })`. */
  run(text: string, format: IRunOptions): TextRun {
    const properties = cached(this.runProperties, format, () => PreparedElement.of(new TextRun({ ...format, text: '' }), 'w:r', 'w:rPr'));
    return properties ? new PreparedTextRun(text, properties) : new TextRun({ text, ...format });
  }

  /** A paragraph with these options (children apart); the same XML as `new Paragraph({ ...options, children })`. */
  paragraph(options: Omit<IParagraphOptions, 'children'>, children: ParagraphChild[]): Paragraph {
    // A numbered paragraph's properties are worked out from where it stands: those are never shared.
    const properties = options.numbering ? null : cached(this.paragraphProperties, options, () => PreparedElement.of(new Paragraph(options), 'w:p', 'w:pPr'));
    return properties ? new PreparedParagraph(options, properties, children) : new Paragraph({ ...options, children });
  }
}

function cached(cache: Map<string, PreparedElement | null>, options: object, prepare: () => PreparedElement | null): PreparedElement | null {
  const key = JSON.stringify(options);
  let prepared = cache.get(key);
  if (prepared === undefined) {
    prepared = prepare();
    cache.set(key, prepared);
  }
  return prepared;
}

/** An element as docx wrote it once, written again as it is. */
class PreparedElement extends BaseXmlComponent {
  private constructor(private readonly xml: IXmlableObject) {
    super(Object.keys(xml)[0]!);
  }

  /**
   * The first child (`child`, e.g. w:rPr) of what a component writes as `element` (w:r); null if it writes
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

class PreparedTextRun extends TextRun {
  constructor(text: string, properties: PreparedElement) {
    super({ text });
    // Given no format, the run's own properties are empty: its format's stand first, where docx puts them.
    this.root[0] = properties;
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
