// Lowercased tokens that end with a full stop without ending the sentence (the final dot excluded).
export const ABBREVIATIONS = new Set([
  'nr', 'nrs', 'art', 'artt', 'o.a', 'bijv', 'bv', 'b.v', 'd.d', 'i.v.m', 't.z.t', 'mln', 'mld', 'mrd', 'dhr', 'mevr',
  'mr', 'drs', 'dr', 'ir', 'ing', 'prof', 'ca', 'c.a', 'e.d', 'e.a', 'etc', 'resp', 'vgl', 'zgn', 'z.g.a', 'z.s.m', 't.a.v',
  'm.b.t', 'n.a.v', 'm.n', 'i.p.v', 'blz', 'pag', 'p', 'no', 'jo', 'sub', 'incl', 'excl', 'c.q', 'o.b.v', 'i.o.m', 'i.c',
  'd.w.z', 'st', 'stb', 'stcrt', 'kamerstukken', 'vs', 'e.v', 'o.m', 'i.h.k.v', 'm.i.v', 'i.r.t', 'i.s.m', 'a.g.v',
  'w.o', 'z.o.z', 'l', 'ml', 'gr', 'km', 'min', 'max', 'tel', 'afd', 'ggz', 'plv', 'r.o', 'ro', 'dir', 'lid',
]);

// Abbreviations that may also close a sentence: they end it when a capitalised word follows.
// "c.s." (cum suis) after a motion's first signatory: "de motie Klaver c.s. (Kamerstuk …)" goes on.
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['jl', 'a.s', 'e.a', 'etc', 'enz', 'e.d', 'c.s']);
