/**
 * Reads the catalogue from content/, validates every file against its schema and checks the
 * references between files. The site's content collections, `npm run check:content` and the tests
 * all load the catalogue through here, so a rule is checked the same way everywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { insatsSchema, type Insats } from './schemas/insats.ts';
import { leverantorSchema, type Leverantor } from './schemas/leverantor.ts';
import { regionTextSchema, type RegionText } from './schemas/region.ts';
import { valetSchema, type Valet } from './schemas/valet.ts';
import { jobseekerLanguages } from '../i18n/index.ts';
import { routingSchema, type Routing } from './schemas/routning.ts';
import { fieldName, swedishErrorMap } from './messages.ts';
import { ownerFaRegion, parseOwner } from './owners.ts';
import { regionsOf } from './scope.ts';
import { hasJobbsparIn } from './allocation.ts';
import { getKommun } from '../reference/index.ts';
import { dayOf, statusOn } from './contract.ts';

export interface Entry<T> {
  /** The file name without .md: the page's address, unique within its kind. */
  slug: string;
  /** Path of the file as the editor sees it, e.g. "content/kommun-0180/insatser/sfi.md". */
  file: string;
  /** Owner id, the folder the file lies in, e.g. "kommun-0180". */
  owner: string;
  data: T;
  /** The markdown body. */
  body: string;
}

export interface Catalogue {
  insatser: Entry<Insats>[];
  leverantorer: Entry<Leverantor>[];
  regioner: Entry<RegionText>[];
  /** The explanation of the choice of supplier, one entry per language; its slug is the language. */
  valet: Entry<Valet>[];
  /** The owners' routing tables (routning.yaml), one per owner at most. */
  routning: Entry<Routing>[];
}

export interface Problem {
  file: string;
  /** The field at fault, as written in the file ("kommuner[1]"); absent when the whole file is. */
  field?: string;
  message: string;
}

/** The folder the catalogue is read from: content/, or CATALOGUE_DIR (benchmarks, tests). */
export function catalogueDir(): string {
  return resolve(process.env.CATALOGUE_DIR ?? 'content');
}

/** Folders under content/ that are not owner folders. */
const nonOwnerEntries = new Set(['referens', 'README.md']);

export function loadCatalogue(dir = catalogueDir()): { catalogue: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const catalogue: Catalogue = { insatser: [], leverantorer: [], regioner: [], valet: [], routning: [] };
  // Paths start at the catalogue folder's own name ("content/…"), as the editor knows them.
  const display = (path: string) => relative(dirname(dir), path).split(sep).join('/');

  for (const ownerId of readdirSync(dir).sort()) {
    if (nonOwnerEntries.has(ownerId) || ownerId.startsWith('.')) continue;
    const ownerDir = join(dir, ownerId);
    if (!statSync(ownerDir).isDirectory() || !parseOwner(ownerId)) {
      problems.push({
        file: display(ownerDir),
        message: 'okänd mapp: en ägares mapp heter "arbetsformedlingen", "fa-NN" (en FA-region) eller "kommun-NNNN" (en kommun)',
      });
      continue;
    }
    for (const name of readdirSync(ownerDir).sort()) {
      const path = join(ownerDir, name);
      if (name === 'insatser' || name === 'leverantorer') {
        for (const fileName of readdirSync(path).sort()) {
          const filePath = join(path, fileName);
          if (!fileName.endsWith('.md')) {
            problems.push({ file: display(filePath), message: 'bara .md-filer hör hemma här' });
            continue;
          }
          const slug = fileName.slice(0, -3);
          if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
            problems.push({
              file: display(filePath),
              message: 'filnamnet blir sidans adress: använd bara a–z, 0–9 och bindestreck, t.ex. "yrkesvux-kock.md"',
            });
            continue;
          }
          if (name === 'insatser') readEntry(filePath, slug, ownerId, insatsSchema, catalogue.insatser);
          else readEntry(filePath, slug, ownerId, leverantorSchema, catalogue.leverantorer);
        }
      } else if (name === 'valet' && ownerId === 'arbetsformedlingen') {
        for (const fileName of readdirSync(path).sort()) {
          const language = jobseekerLanguages.find((l) => fileName === `${l}.md`);
          if (language) readEntry(join(path, fileName), language, ownerId, valetSchema, catalogue.valet);
          else
            problems.push({
              file: display(join(path, fileName)),
              message: `filnamnet är textens språk: ${jobseekerLanguages.map((l) => `${l}.md`).join(', ')}`,
            });
        }
      } else if (name === 'region.md' && ownerId.startsWith('fa-')) {
        readEntry(path, ownerId.slice(3), ownerId, regionTextSchema, catalogue.regioner);
      } else if (name === 'routning.yaml') {
        readEntry(path, ownerId, ownerId, routingSchema, catalogue.routning, { frontMatter: readFileSync(path, 'utf8'), body: '' });
      } else {
        problems.push({
          file: display(path),
          message:
            'okänd fil eller mapp: en ägares mapp har bara "insatser/", "leverantorer/", "routning.yaml", (för en FA-region) "region.md" och (för Arbetsförmedlingen) "valet/"',
        });
      }
    }
  }
  checkReferences(catalogue, problems);
  return { catalogue, problems };

  /** Reads a markdown file's front matter, or a YAML file given as `whole`. */
  function readEntry<T>(
    path: string,
    slug: string,
    owner: string,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    into: Entry<T>[],
    whole?: { frontMatter: string; body: string },
  ) {
    const file = display(path);
    const split = whole ?? splitFrontMatter(readFileSync(path, 'utf8'));
    if (!split) {
      problems.push({ file, message: 'filen ska börja med en rad "---", fälten, och en rad "---"' });
      return;
    }
    const fields = readYaml(split.frontMatter);
    if (fields instanceof YAMLException) {
      // js-yaml counts lines from 0; a markdown file's front matter starts below its opening "---".
      const line = fields.mark.line + 1 + (whole ? 0 : 1);
      problems.push({
        file,
        message: `rad ${line}: felaktig YAML (${fields.reason === 'duplicated mapping key' ? 'samma fält står två gånger' : 'kontrollera indrag, kolon och citattecken'})`,
      });
      return;
    }
    const parsed = schema.safeParse(fields ?? {}, { errorMap: swedishErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        for (const key of keys) {
          const path = key === undefined ? issue.path : [...issue.path, key];
          problems.push({
            file,
            field: fieldName(path) || undefined,
            message: key === undefined ? issue.message : 'okänt fält; kontrollera stavningen mot content/README.md',
          });
        }
      }
      return;
    }
    const data = parsed.data as T & { agare: string };
    if (data.agare !== owner) {
      problems.push({
        file,
        field: 'agare',
        message: `är «${data.agare}» men filen ligger i mappen «${owner}»; ägaren ska vara samma som mappen`,
      });
      return;
    }
    into.push({ slug, file, owner, data, body: split.body });
  }
}

/**
 * The fields of a YAML text, or the error that stops it. The core schema reads YAML 1.2 as the
 * editor writes it: a date such as `granskad: 2026-01-05` stays the text the schemas check.
 */
function readYaml(text: string): unknown {
  try {
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) return error;
    throw error;
  }
}

function splitFrontMatter(source: string): { frontMatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source.replace(/^\uFEFF/, ''));
  return match ? { frontMatter: match[1] ?? '', body: (match[2] ?? '').trim() } : undefined;
}

/** Checks what one file cannot check alone: unique slugs, supplier references and owners' areas. */
function checkReferences(catalogue: Catalogue, problems: Problem[]) {
  for (const entries of [catalogue.insatser, catalogue.leverantorer]) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const first = seen.get(entry.slug);
      if (first)
        problems.push({
          file: entry.file,
          message: `samma filnamn som ${first}; filnamnet är sidans adress och måste vara unikt, byt namn på en av filerna`,
        });
      else seen.set(entry.slug, entry.file);
    }
  }

  const suppliers = new Map(catalogue.leverantorer.map((l) => [l.slug, l.data]));
  const supplierFiles = new Map(catalogue.leverantorer.map((l) => [l.slug, l.file]));
  for (const { file, owner, data } of catalogue.insatser) {
    const ownerRegion = ownerFaRegion(parseOwner(owner)!);
    const regions = regionsOf(data);
    if (data.omfattning === 'nationell' && owner !== 'arbetsformedlingen')
      problems.push({
        file,
        field: 'omfattning',
        message: 'bara Arbetsförmedlingen kan lägga in nationella insatser; välj "fa-region" eller "kommuner"',
      });
    if (ownerRegion && regions.some((fa) => fa !== ownerRegion))
      problems.push({
        file,
        field: data.omfattning === 'kommuner' ? 'kommuner' : 'fa_region',
        message: `ligger utanför ägarens FA-region ${ownerRegion}`,
      });

    const slug = data.anordnare.leverantor;
    if (slug) {
      const supplier = suppliers.get(slug);
      if (!supplier) problems.push({ file, field: 'anordnare.leverantor', message: `det finns ingen leverantör «${slug}» i katalogen` });
      else if (regions.length > 0 && !regions.some((fa) => supplier.tjanster.some((t) => t.fa_regioner.includes(fa))))
        problems.push({
          file,
          field: 'anordnare.leverantor',
          message: `leverantören «${slug}» har inget avtal i FA-region ${regions.join(', ')}`,
        });
      else {
        const conflict = jobbsparConflict(supplier, data);
        if (conflict)
          problems.push({
            file,
            field: 'anordnare.leverantor',
            message:
              `leverantören «${slug}» har avtal för jobbspår i FA-region ${conflict} (${supplierFiles.get(slug)}) och får inte ` +
              'genomföra andra insatser i samma region: den skulle kunna styra deltagarna till sig själv. Välj en annan anordnare',
          });
      }
    }
  }

  for (const { file, owner, data } of catalogue.leverantorer) {
    const ownerRegion = ownerFaRegion(parseOwner(owner)!);
    data.tjanster.forEach((service, i) => {
      if (ownerRegion && service.fa_regioner.some((fa) => fa !== ownerRegion))
        problems.push({ file, field: `tjanster[${i}].fa_regioner`, message: `ligger utanför ägarens FA-region ${ownerRegion}` });
      service.leveransomrade?.forEach((kod, k) => {
        if (!service.fa_regioner.includes(getKommun(kod)!.fa))
          problems.push({
            file,
            field: `tjanster[${i}].leveransomrade[${k}]`,
            message: `kommun ${kod} ligger inte i någon av tjänstens FA-regioner (${service.fa_regioner.join(', ')})`,
          });
      });
    });
    data.resultat.forEach((result, i) => {
      if (!data.tjanster.some((t) => t.tjanst === result.tjanst))
        problems.push({ file, field: `resultat[${i}].tjanst`, message: `leverantören har ingen tjänst «${result.tjanst}»` });
    });
  }

  for (const { file, owner, data } of catalogue.regioner) {
    if (owner !== `fa-${data.fa_region}`)
      problems.push({ file, field: 'fa_region', message: `är «${data.fa_region}» men filen ligger i mappen «${owner}»` });
    data.kontakter.forEach((c, i) => {
      if (c.kommun && getKommun(c.kommun)!.fa !== data.fa_region)
        problems.push({ file, field: `kontakter[${i}].kommun`, message: `kommun ${c.kommun} ligger inte i FA-region ${data.fa_region}` });
    });
  }

  // An owner routes only its own area: a kommun its kommun, an FA-region the region and its kommuner.
  for (const { file, owner, data } of catalogue.routning) {
    const parsed = parseOwner(owner)!;
    data.mottagare?.forEach((r, i) => {
      const fa = r.omrade.length === 2 ? r.omrade : getKommun(r.omrade)!.fa;
      const allowed = parsed.kind === 'arbetsformedlingen' || (parsed.kind === 'kommun' ? r.omrade === parsed.kommunkod : fa === parsed.fa);
      if (!allowed)
        problems.push({
          file,
          field: `mottagare[${i}].omrade`,
          message: `«${r.omrade}» ligger utanför ${owner}; ägaren kan bara styra sitt eget område`,
        });
    });

    // A region's LOIs go to its own jobbspår suppliers, by the region's rule alone.
    if (!data.leverantorsval) continue;
    if (parsed.kind !== 'fa-region') {
      problems.push({
        file,
        field: 'leverantorsval',
        message: 'bara en FA-regions fil (content/fa-NN/routning.yaml) kan bestämma leverantörsvalet; ta bort fältet här',
      });
      continue;
    }
    data.leverantorsval.ordning?.forEach((slug, i) => {
      const supplier = suppliers.get(slug);
      const field = `leverantorsval.ordning[${i}]`;
      if (!supplier) problems.push({ file, field, message: `det finns ingen leverantör «${slug}» i katalogen` });
      else if (!hasJobbsparIn(supplier, parsed.fa))
        problems.push({ file, field, message: `leverantören «${slug}» har inget avtal för jobbspår i FA-region ${parsed.fa}` });
    });
  }
}

/**
 * The first FA-region where a supplier that runs `insats` has a jobbspår contract that is not
 * terminated, and the intervention is offered: a jobbspår supplier should not be allowed to offer
 * other interventions in its own region (Konkurrensutsättning av lokala jobbspår, 8.1), since it
 * would choose the participants' next step. Its own jobbspår modules are what it was contracted for.
 */
function jobbsparConflict(supplier: Leverantor, insats: Insats): string | undefined {
  if (insats.typ === 'jobbsparsmodul') return undefined;
  const offeredIn = (fa: string) => insats.omfattning === 'nationell' || regionsOf(insats).includes(fa);
  return supplier.tjanster
    .filter((s) => s.tjanst === 'jobbspar' && statusOn(s, dayOf(new Date())) !== 'avslutad')
    .flatMap((s) => s.fa_regioner)
    .find(offeredIn);
}

/** The FA-regions an intervention is offered in; empty for national ones. */

/** Entries whose `granskad` date is more than twelve months before `today`. */
export function staleEntries(catalogue: Catalogue, today = new Date()): Entry<{ granskad: string }>[] {
  return [...catalogue.insatser, ...catalogue.leverantorer, ...catalogue.regioner, ...catalogue.valet].filter((e) =>
    isStale(e.data.granskad, today),
  );
}

export function isStale(reviewed: string, today = new Date()): boolean {
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  return reviewed < limit.toISOString().slice(0, 10);
}

function staleWarning(entry: Entry<{ granskad: string }>): string {
  return `${entry.file}: senast granskad ${entry.data.granskad}, för mer än 12 månader sedan`;
}

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: fältet «${p.field}»: ${p.message}` : `${p.file}: ${p.message}`;
}

export class CatalogueError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Katalogen har ${problems.length} fel som måste rättas:\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`);
    this.name = 'CatalogueError';
    // The build prints an error's stack under its message; for a bad edit, the list is all the editor needs.
    this.stack = '';
  }
}

/**
 * The catalogue, or a CatalogueError listing every problem. `warn`, when given, hears of each entry
 * not reviewed for twelve months first, so that a build stopped by an error still shows them.
 */
export function loadValidCatalogue({ dir = catalogueDir(), warn }: { dir?: string; warn?: (message: string) => void } = {}): Catalogue {
  const { catalogue, problems } = loadCatalogue(dir);
  if (warn) for (const entry of staleEntries(catalogue)) warn(staleWarning(entry));
  if (problems.length > 0) throw new CatalogueError(problems);
  return catalogue;
}
