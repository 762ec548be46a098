import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const TK_NS = 'http://www.tweedekamer.nl/xsd/tkData/v1-0';
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** One entity of the TK data model, read by namespace URI whatever prefix the feed used. */
export interface TkEntity {
  /** Local element name, e.g. `document`, `toezegging`. */
  type: string;
  id: string;
  updated: string | null;
  deleted: boolean;
  /** Attributes by local name (`contentType`, `contentLength`, …). */
  attributes: Record<string, string>;
  /** Child element texts by local name; repeated elements keep every value. */
  values: Record<string, string[]>;
  /** Child `ref` attributes by local name (`zaak`, `document`, `persoon`, …). */
  refs: Record<string, string[]>;
}

export interface FeedEntry {
  title: string;
  /** The skiptoken of this entry's `next` link: resuming there continues after this entry. */
  skiptoken: string | null;
  enclosure: string | null;
  entity: TkEntity | null;
}

export interface FeedPage {
  entries: FeedEntry[];
  /** The skiptoken of the feed's own `next` link; null on the last page. */
  next: string | null;
}

export class FeedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

type XNode = Record<string, unknown>;
type Scope = ReadonlyMap<string, string>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  textNodeName: '#text',
  // Numeric character references (&#8211;) are plain XML; without this they stay in the text as written.
  htmlEntities: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Parses one SyncFeed page. A truncated or malformed page is an error, never a shorter page. */
export function parseFeedPage(xml: string): FeedPage {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FeedFormatError(`malformed or truncated feed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const root = parser.parse(xml) as XNode;
  const feed = findChild(root, new Map(), ATOM_NS, 'feed');
  if (!feed) throw new FeedFormatError('not an Atom feed');
  const entries = childrenOf(feed.node, feed.scope, ATOM_NS, 'entry').map(({ node, scope }) => parseEntry(node, scope));
  return { entries, next: nextToken(feed.node, feed.scope) };
}

function parseEntry(node: XNode, scope: Scope): FeedEntry {
  const title = textOf(childrenOf(node, scope, ATOM_NS, 'title')[0]?.node) ?? '';
  const content = childrenOf(node, scope, ATOM_NS, 'content')[0];
  let entity: TkEntity | null = null;
  if (content) {
    for (const child of elementsOf(content.node, content.scope)) {
      if (child.ns === TK_NS) {
        entity = parseEntity(child.local, child.node, child.scope);
        break;
      }
    }
  }
  const enclosure = linksOf(node, scope).find((l) => l.rel === 'enclosure')?.href ?? null;
  return { title, skiptoken: nextToken(node, scope), enclosure, entity };
}

function parseEntity(type: string, node: XNode, scope: Scope): TkEntity {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith('@') || key.startsWith('@xmlns')) continue;
    attributes[localName(key.slice(1))] = String(value);
  }
  const values: Record<string, string[]> = {};
  const refs: Record<string, string[]> = {};
  for (const child of elementsOf(node, scope)) {
    if (child.ns !== TK_NS) continue;
    const ref = attributeOf(child.node, 'ref');
    if (ref) (refs[child.local] ??= []).push(ref);
    const text = textOf(child.node);
    if (text !== null) (values[child.local] ??= []).push(text);
  }
  return {
    type,
    id: attributes.id ?? '',
    updated: attributes.bijgewerkt ?? null,
    deleted: xmlBoolean(attributes.verwijderd),
    attributes,
    values,
    refs,
  };
}

function nextToken(node: XNode, scope: Scope): string | null {
  const href = linksOf(node, scope).find((l) => l.rel === 'next')?.href;
  return href ? skiptokenOf(href) : null;
}

/** An xs:boolean as the feed writes it: `true`/`1` in any case and with any surrounding space (live markers say `True`). */
export function xmlBoolean(value: string | undefined): boolean {
  const normalised = value?.trim().toLowerCase();
  return normalised === 'true' || normalised === '1';
}

/** The skiptoken of a feed URL, whatever the parameter order. */
export function skiptokenOf(href: string): string | null {
  try {
    return new URL(href, 'http://relative.invalid/').searchParams.get('skiptoken');
  } catch {
    return null;
  }
}

function linksOf(node: XNode, scope: Scope): { rel: string; href: string }[] {
  return childrenOf(node, scope, ATOM_NS, 'link').map(({ node: link }) => ({
    rel: attributeOf(link, 'rel') ?? 'alternate',
    href: attributeOf(link, 'href') ?? '',
  }));
}

interface Element {
  ns: string | null;
  local: string;
  node: XNode;
  scope: Scope;
}

/** Every child element with its namespace resolved through the xmlns declarations in scope. */
function elementsOf(node: XNode, scope: Scope): Element[] {
  const out: Element[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || key === '#text' || key.startsWith('?')) continue;
    for (const item of value as unknown[]) {
      const child: XNode = typeof item === 'object' && item !== null ? (item as XNode) : { '#text': String(item) };
      const childScope = scopeOf(child, scope);
      const colon = key.indexOf(':');
      const prefix = colon >= 0 ? key.slice(0, colon) : '';
      out.push({ ns: childScope.get(prefix) ?? null, local: key.slice(colon + 1), node: child, scope: childScope });
    }
  }
  return out;
}

function childrenOf(node: XNode, scope: Scope, ns: string, local: string): Element[] {
  return elementsOf(node, scope).filter((e) => e.ns === ns && e.local === local);
}

function findChild(node: XNode, scope: Scope, ns: string, local: string): Element | undefined {
  return childrenOf(node, scope, ns, local)[0];
}

function scopeOf(node: XNode, parent: Scope): Scope {
  let scope: Map<string, string> | null = null;
  for (const key of Object.keys(node)) {
    if (key !== '@xmlns' && !key.startsWith('@xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(key === '@xmlns' ? '' : key.slice('@xmlns:'.length), String(node[key]));
  }
  return scope ?? parent;
}

function attributeOf(node: XNode, local: string): string | null {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') && !key.startsWith('@xmlns') && localName(key.slice(1)) === local) return String(value);
  }
  return null;
}

function textOf(node: XNode | undefined): string | null {
  if (!node) return null;
  const text = node['#text'];
  if (text === undefined || text === null) return null;
  const value = Array.isArray(text) ? text.join('') : String(text);
  return value;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}
