import { ObXmlError, parseXmlTree, XmlElement, XmlNode } from './ob-xml-tree';

export { ObXmlError } from './ob-xml-tree';

/** An Aanhangsel publication as plain text, in the shape the extractor reads from a PDF answer. */
export interface ObAnswerText {
  text: string;
  /** `vraag` blocks with text. */
  questions: number;
  /** `antwoord` blocks with text: without any, the publication is no use as an answer text. */
  answers: number;
}

/** Elements that stay inside a paragraph: next to text they never start a block of their own. */
const INLINE = new Set([
  'nadruk', 'naam', 'voornaam', 'voorletters', 'tussenvoegsel', 'achternaam', 'datum', 'extref', 'intref', 'dossierref',
  'sup', 'inf', 'kamervraagonderwerp', 'organisatie', 'noot', 'nootref', 'br',
]);
/** Elements that are one paragraph, whatever they contain. */
const PARAGRAPH = new Set([
  'al', 'tekstregel', 'kamervraagomschrijving', 'omschr', 'kamervraagnummer', 'vraagnummer', 'titel', 'tussenkop', 'functie',
]);
/** Elements that hold blocks. */
const STRUCTURE = new Set([
  'kamervragen', 'vragen', 'kamervraagkop', 'vraag', 'antwoord', 'kamervraagopmerking', 'toelicht', 'ondertekening', 'lijst', 'li',
  'al-groep', 'table', 'tgroup', 'thead', 'tbody', 'row', 'entry',
]);
const SKIPPED = new Set(['metadata', 'meta']);
const LABEL = new Set(['nr', 'nummer']);
/** "Vraag 1", "Vragen 2, 3 en 4", "Antwoord 5 en 6:" at the start of a paragraph. */
const HEADING = /^(?:Vraag|Vragen|Antwoord|Antwoorden)\s+\d+[a-z]?(?:(?:\s*,\s*|\s+en\s+|\s*[-–]\s*)\d+[a-z]?)*[.:]?/;
/** XML's own white space, folded; a no-break space is content and stays. */
const XML_SPACE = /[ \t\r\n]+/g;
/** Stands where a footnote reference was, until the paragraph is finished. */
const NOTE_MARK = '\uE000';
const NOTE_MARKS = new RegExp(`\\s*${NOTE_MARK}(?:\\s*,\\s*${NOTE_MARK})*`, 'g');

/**
 * Reads the XML of an Aanhangsel van de Handelingen publication (officielebekendmakingen.nl):
 * header lines, "Vraag N" and "Antwoord N" headings with their paragraphs, remarks (Mededeling)
 * and the signature, in document order, footnotes at the end. Both the current vocabulary
 * (`kamervragen`, `kamervraagomschrijving`, `kamervraagnummer`) and the older one (`vragen`,
 * `omschr`, `vraagnummer`, `toelicht`) are read; unknown elements keep their text. Elements
 * are matched by local name in the namespace of the root element, whatever its prefix.
 */
export function readObAnswerXml(xml: string): ObAnswerText {
  const root = parseXmlTree(xml);
  if (root.name !== 'officiele-publicatie') {
    throw new ObXmlError(`not an officiele-publicatie (root element <${root.name}>)`);
  }
  const renderer = new AnswerRenderer(root.ns);
  renderer.container(root);
  return renderer.result();
}

class AnswerRenderer {
  private readonly blocks: string[] = [];
  private readonly notes: string[] = [];
  private questions = 0;
  private answers = 0;
  /** Numbers of the questions since the last answer, to label an answer that has no label of its own. */
  private unanswered: string[] = [];
  /** A list item's number, put before its first paragraph. */
  private prefix = '';

  constructor(private readonly ns: string | null) {}

  result(): ObAnswerText {
    const notes = this.notes.length > 0 ? [`Noten\n${this.notes.map((note) => `  ${note}`).join('\n')}`] : [];
    return { text: `${[...this.blocks, ...notes].join('\n\n')}\n`, questions: this.questions, answers: this.answers };
  }

  /** Renders the children of an element: runs of text and inline elements become paragraphs. */
  container(element: XmlElement, skip?: XmlElement): void {
    let run: XmlNode[] = [];
    const flush = () => {
      if (run.length > 0) this.paragraph(this.inline(run));
      run = [];
    };
    for (const child of element.children) {
      if (child === skip) continue;
      if (typeof child === 'string' || this.isInline(child)) run.push(child);
      else {
        flush();
        this.block(child);
      }
    }
    flush();
  }

  private block(element: XmlElement): void {
    const name = this.ours(element) ? element.name : '';
    if (SKIPPED.has(name) || name === 'nootref') return;
    if (name === 'kamervraagkop' || name === 'ondertekening') return this.lines(element);
    if (name === 'vraag') return this.questionOrAnswer(element, 'question');
    if (name === 'antwoord') return this.questionOrAnswer(element, 'answer');
    if (name === 'li') return this.listItem(element);
    if (name === 'noot') return this.note(element);
    if (!PARAGRAPH.has(name) && this.holdsBlocks(element)) return this.container(element);
    this.paragraph(this.inline(element.children));
  }

  /** One line per child element: "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2019–2020", … */
  private lines(element: XmlElement): void {
    const lines: string[] = [];
    let run: XmlNode[] = [];
    const flush = () => {
      const text = this.inline(run);
      if (text) lines.push(text);
      run = [];
    };
    for (const child of element.children) {
      run.push(child);
      if (typeof child !== 'string' && !this.isInline(child)) flush();
    }
    flush();
    if (lines.length > 0) this.blocks.push(lines.join('\n'));
  }

  private questionOrAnswer(element: XmlElement, kind: 'question' | 'answer'): void {
    const word = kind === 'question' ? 'Vraag' : 'Antwoord';
    const labelElement = this.childNamed(element, LABEL);
    let label = labelElement ? this.inline(labelElement.children) : '';
    if (/^\d/.test(label)) label = `${word} ${label}`;
    // Some publications put the label in the first paragraph instead of a `nr` element.
    const labelledInText = !label && HEADING.test(this.plainText(element));
    if (!label && !labelledInText) label = this.inventedLabel(kind);
    if (label) this.blocks.push(label);
    const bodyStart = this.blocks.length;
    this.container(element, labelElement);
    const body = this.blocks.slice(bodyStart).join('\n');
    const heading = label || (HEADING.exec(body)?.[0] ?? '');
    const hasText = (labelledInText ? body.slice(heading.length) : body).trim() !== '';
    const numbers = heading.match(/\d+[a-z]?/g) ?? [];
    if (kind === 'question') {
      if (hasText) this.questions++;
      this.unanswered.push(...numbers);
    } else {
      if (hasText) this.answers++;
      this.unanswered = [];
    }
  }

  /** "Vraag 3" for the third question, "Antwoord 5 en 6" after questions 5 and 6. */
  private inventedLabel(kind: 'question' | 'answer'): string {
    if (kind === 'question') return `Vraag ${this.questions + 1}`;
    const numbers = this.unanswered.length > 0 ? this.unanswered : [String(this.answers + 1)];
    const spelled = numbers.length === 1 ? numbers[0] : `${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
    return `Antwoord ${spelled}`;
  }

  private listItem(element: XmlElement): void {
    const number = this.childNamed(element, new Set(['li.nr']));
    this.prefix = number ? `${this.inline(number.children)} ` : '';
    this.container(element, number);
    this.prefix = '';
  }

  private paragraph(text: string): void {
    if (!text) return;
    this.blocks.push(`${this.prefix}${text}`);
    this.prefix = '';
  }

  /** Inline content on one line. Footnotes move to the notes (call once per content); their references are dropped. */
  private inline(nodes: XmlNode[]): string {
    const raw = nodes.map((node) => this.inlineText(node)).join('');
    // A reference glued to the next word ("bericht.<noot/>Vanaf") leaves a space between the two.
    const dropped = raw.replace(NOTE_MARKS, (marks: string, at: number) => (/[\p{L}\p{N}]/u.test(raw.charAt(at + marks.length)) ? ' ' : ''));
    return dropped.replace(XML_SPACE, ' ').trim();
  }

  private inlineText(node: XmlNode): string {
    if (typeof node === 'string') return node;
    const name = this.ours(node) ? node.name : '';
    if (name === 'noot') {
      this.note(node);
      return NOTE_MARK;
    }
    if (name === 'nootref') return NOTE_MARK;
    if (name === 'br') return ' ';
    const parts = node.children.map((child) => this.inlineText(child));
    // A name is often spelled <voorletters>A.</voorletters><achternaam>Jansen</achternaam>.
    return name === 'naam' ? parts.reduce((text, part) => (text && part && !/\s$/.test(text) && !/^\s/.test(part) ? `${text} ${part}` : text + part), '') : parts.join('');
  }

  private note(element: XmlElement): void {
    const number = this.childNamed(element, new Set(['noot.nr']));
    const text = element.children
      .filter((child) => child !== number)
      .map((child) => this.inline([child]))
      .filter(Boolean)
      .join(' ');
    if (!text) return;
    this.notes.push(`${number ? this.inline(number.children) : this.notes.length + 1}. ${text}`);
  }

  /** The first text of an element, without side effects (footnotes skipped). */
  private plainText(element: XmlElement): string {
    const parts: string[] = [];
    const walk = (node: XmlNode): boolean => {
      if (typeof node === 'string') parts.push(node);
      else if (!(this.ours(node) && node.name === 'noot')) for (const child of node.children) if (walk(child)) return true;
      return parts.join('').trim().length > 40;
    };
    walk(element);
    return parts.join('').replace(/\s+/g, ' ').trim();
  }

  private holdsBlocks(element: XmlElement): boolean {
    return element.children.some(
      (child) =>
        typeof child !== 'string' &&
        ((this.ours(child) && (PARAGRAPH.has(child.name) || STRUCTURE.has(child.name))) || (!this.isInline(child) && this.holdsBlocks(child))),
    );
  }

  private childNamed(element: XmlElement, names: ReadonlySet<string>): XmlElement | undefined {
    return element.children.find((c): c is XmlElement => typeof c !== 'string' && this.ours(c) && names.has(c.name));
  }

  private isInline(element: XmlElement): boolean {
    return this.ours(element) && INLINE.has(element.name);
  }

  private ours(element: XmlElement): boolean {
    return element.ns === this.ns;
  }
}
