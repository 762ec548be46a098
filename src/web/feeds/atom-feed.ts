import { XMLBuilder } from 'fast-xml-parser';

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  link: string;
  author: string;
  summary: string;
  categories: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  updated: Date;
  entries: AtomEntry[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

// XML 1.0 cannot carry most control characters, even escaped; document text sometimes has them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(NOT_XML, '');

/** An Atom 1.0 (RFC 4287) document. The builder escapes every text and attribute value. */
export function buildAtom(feed: AtomFeed): string {
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'nl',
      id: feed.id,
      title: clean(feed.title),
      updated: feed.updated.toISOString(),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.selfUrl },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.pageUrl },
      ],
      author: { name: 'toezegd' },
      generator: 'toezegd',
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: { '@_type': 'text', '#text': clean(e.title) },
        updated: e.updated.toISOString(),
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.link },
        author: { name: clean(e.author) },
        category: e.categories.map((term) => ({ '@_term': clean(term) })),
        summary: { '@_type': 'text', '#text': clean(e.summary) },
      })),
    },
  };
  return builder.build(document) as string;
}
