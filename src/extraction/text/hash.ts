/** 32-bit FNV-1a over UTF-16 code units, with a seed so two passes give 64 bits. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function hash64Hex(s: string): string {
  const a = fnv1a(s);
  const b = fnv1a(s, 0x9e3779b1 ^ a);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
