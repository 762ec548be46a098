// The labelled-case format read by npm run eval:linking: a folder with sources/, letters/ and
// cases.json (see test/fixtures/fulfilment and test/fixtures/fulfilment-real).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldLink {
  source: string;
  quote: string;
  status: string;
  /** The letter cites its source, so the link should be made without review. */
  auto: boolean;
}

export interface GoldMove {
  source: string;
  quote: string;
  due: string;
  /** May move (same promise in other words), is not required to. */
  optional?: boolean;
}

export interface Case {
  letter: string;
  kind: string;
  links: GoldLink[];
  moves?: GoldMove[];
}

export interface CaseSet {
  dir: string;
  sources: string[];
  cases: Case[];
  read(kind: 'sources' | 'letters', file: string): string;
}

export function loadCases(dir: string): CaseSet {
  const specFile = path.join(dir, 'cases.json');
  if (!existsSync(specFile)) throw new Error(`${dir}: no cases.json`);
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { sources?: unknown; cases?: unknown };
  if (!Array.isArray(spec.sources) || !Array.isArray(spec.cases)) throw new Error(`${specFile}: needs "sources" and "cases" arrays`);
  const set: CaseSet = {
    dir,
    sources: spec.sources as string[],
    cases: spec.cases as Case[],
    read: (kind, file) => readFileSync(path.join(dir, kind, file), 'utf8'),
  };
  for (const source of set.sources) if (!existsSync(path.join(dir, 'sources', source))) throw new Error(`${dir}: missing sources/${source}`);
  for (const c of set.cases) if (!existsSync(path.join(dir, 'letters', c.letter))) throw new Error(`${dir}: missing letters/${c.letter}`);
  return set;
}

/** `--cases DIR` from the command line, else the written fixtures. */
export function casesDirFrom(argv: string[], root: string): string {
  const i = argv.indexOf('--cases');
  if (i >= 0) {
    const dir = argv[i + 1];
    if (!dir) throw new Error('--cases needs a folder');
    return path.resolve(dir);
  }
  const eq = argv.find((a) => a.startsWith('--cases='));
  if (eq) return path.resolve(eq.slice('--cases='.length));
  return path.join(root, 'test', 'fixtures', 'fulfilment');
}
