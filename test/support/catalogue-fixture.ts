/**
 * A small valid catalogue (test/fixtures/katalog) copied to a temporary folder, where a test
 * can make the kind of edit an editor makes.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectDir } from './paths.ts';

export const fixtureDir = resolve(projectDir, 'test/fixtures/katalog');

export const fixtureFiles = {
  insats: 'kommun-0181/insatser/yrkesvux-restaurang-sodertalje.md',
  leverantor: 'arbetsformedlingen/leverantorer/nordvind-kompetens.md',
  /** The supplier that runs the intervention: one with no jobbspår, which may. */
  anordnare: 'arbetsformedlingen/leverantorer/sodertalje-yrkeskok.md',
  region: 'fa-23/region.md',
} as const;

export interface Edit {
  /** What the editor did, in words. */
  name: string;
  apply: (catalogue: EditableCatalogue) => void;
  /** The file the error must name, relative to the catalogue folder. */
  file: string;
  /** The field the error must name, when the fault is in one field. */
  field?: string;
  /** A part of the Swedish message. */
  message: string;
}

export class EditableCatalogue {
  constructor(readonly dir: string) {}

  /** Replaces `from` with `to` in a file; fails if the fixture does not contain `from`. */
  replace(file: string, from: string | RegExp, to: string) {
    const path = join(this.dir, file);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${file} does not contain ${from}`);
    writeFileSync(path, edited);
  }

  write(file: string, text: string) {
    cpSync(join(fixtureDir, fixtureFiles.insats), join(this.dir, file), { force: true });
    writeFileSync(join(this.dir, file), text);
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }
}

/** A fresh copy of the fixture, named "katalog" like the folder the editor knows. */
export function copyFixture(): EditableCatalogue {
  const dir = join(mkdtempSync(join(tmpdir(), 'katalog-')), 'katalog');
  cpSync(fixtureDir, dir, { recursive: true });
  return new EditableCatalogue(dir);
}

const { insats, leverantor } = fixtureFiles;

/** The bad edits that must each stop the build with a message naming file and field. */
export const requiredBadEdits: Edit[] = [
  {
    name: 'unknown kommunkod',
    apply: (c) => c.replace(insats, '"0192"', '"9999"'),
    file: insats,
    field: 'kommuner[1]',
    message: 'okänd kommunkod «9999»',
  },
  {
    name: 'unknown FA code',
    apply: (c) => c.replace(leverantor, 'fa_regioner: ["23"]', 'fa_regioner: ["61"]'),
    file: leverantor,
    field: 'tjanster[0].fa_regioner[0]',
    message: 'okänd FA-region «61»',
  },
  {
    name: 'unknown SSYK code',
    apply: (c) => c.replace(insats, '"5120"', '"5129"'),
    file: insats,
    field: 'yrken[0]',
    message: 'okänd SSYK-kod «5129»',
  },
  {
    name: 'missing title',
    apply: (c) => c.replace(insats, /^titel: .*\n/m, ''),
    file: insats,
    field: 'titel',
    message: 'saknas men är obligatoriskt',
  },
  {
    name: 'malformed date',
    apply: (c) => c.replace(insats, 'granskad: "2026-09-01"', 'granskad: "1/9 2026"'),
    file: insats,
    field: 'granskad',
    message: 'inget giltigt datum',
  },
  {
    name: 'owner not matching the folder',
    apply: (c) => c.replace(insats, 'agare: kommun-0181', 'agare: kommun-0180'),
    file: insats,
    field: 'agare',
    message: 'ska vara samma som mappen',
  },
  {
    name: 'duplicate slug',
    apply: (c) => c.write('fa-23/insatser/yrkesvux-restaurang-sodertalje.md', c.read(insats).replace('agare: kommun-0181', 'agare: fa-23')),
    // Folders are read in alphabetical order, so the kommun's file is the second one found.
    file: insats,
    message: 'samma filnamn som katalog/fa-23/insatser/yrkesvux-restaurang-sodertalje.md',
  },
  {
    name: 'rating outside 1–4',
    apply: (c) => c.replace(leverantor, 'betyg: 3', 'betyg: 5'),
    file: leverantor,
    field: 'resultat[0].betyg',
    message: 'får vara högst 4',
  },
  {
    name: 'result share outside 0–1',
    apply: (c) => c.replace(leverantor, 'andel_arbete_studier: 0.41', 'andel_arbete_studier: 41'),
    file: leverantor,
    field: 'resultat[0].andel_arbete_studier',
    message: 'får vara högst 1',
  },
];
