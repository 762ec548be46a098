import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element with its namespace resolved to a URI (null: no namespace) and attributes by local name. */
export interface XmlElement {
  ns: string | null;
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class ObXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObXmlError';
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

type OrderedNode = Record<string, unknown>;
type Scope = ReadonlyMap<string, string>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#8211;) are decoded only with this on.
  htmlEntities: true,
});

/** The root element of a document, in document order. Malformed XML is an error, never a partial tree. */
export function parseXmlTree(xml: string): XmlElement {
  const source = xml.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new ObXmlError('empty document');
  // Publications declare no entities; a document that does is not one of them (and may be hostile).
  if (/<!ENTITY/i.test(source)) throw new ObXmlError('entity declarations are not accepted');
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new ObXmlError(`malformed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let ordered: OrderedNode[];
  try {
    ordered = parser.parse(source) as OrderedNode[];
  } catch (error) {
    throw new ObXmlError(`unreadable XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const roots = ordered.filter((node) => elementName(node) !== null);
  if (roots.length !== 1) throw new ObXmlError(`expected one root element, found ${roots.length}`);
  return toElement(roots[0], new Map([['xml', XML_NS]]));
}

// The parser refuses more than 100 nested elements, so this recursion stays shallow.
function toElement(node: OrderedNode, parentScope: Scope): XmlElement {
  const qualified = elementName(node)!;
  const rawAttributes = (node[':@'] ?? {}) as Record<string, unknown>;
  const scope = scopeOf(rawAttributes, parentScope);
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttributes)) {
    const name = key.slice(1);
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attributes[localName(name)] = String(value);
  }
  const children: XmlNode[] = [];
  for (const child of node[qualified] as OrderedNode[]) {
    if ('#text' in child) children.push(String(child['#text']));
    else if (elementName(child) !== null) children.push(toElement(child, scope));
  }
  return { ns: namespaceOf(qualified, scope), name: localName(qualified), attributes, children };
}

/** The tag of an element node; null for text, comments and processing instructions. */
function elementName(node: OrderedNode): string | null {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && !key.startsWith('?') && !key.startsWith('#')) ?? null;
}

function scopeOf(attributes: Record<string, unknown>, parent: Scope): Scope {
  let scope: Map<string, string> | null = null;
  for (const [key, value] of Object.entries(attributes)) {
    if (key !== '@xmlns' && !key.startsWith('@xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(key === '@xmlns' ? '' : key.slice('@xmlns:'.length), String(value));
  }
  return scope ?? parent;
}

function namespaceOf(qualified: string, scope: Scope): string | null {
  const colon = qualified.indexOf(':');
  if (colon < 0) return scope.get('') || null;
  const prefix = qualified.slice(0, colon);
  const uri = scope.get(prefix);
  if (uri === undefined) throw new ObXmlError(`undeclared namespace prefix "${prefix}" on <${qualified}>`);
  return uri;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}
