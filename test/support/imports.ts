/**
 * The project's import graph, read with TypeScript's own pre-processor: every import and export
 * of every source file (in .astro files, of the front matter and the scripts), each resolved to a
 * file of the project or named as a package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { layers, type Layer } from '../../layers.ts';
import { projectDir } from './paths.ts';

export interface Import {
  /** The file that imports, relative to the project. */
  from: string;
  /** What it wrote. */
  specifier: string;
  /** The project file it reaches, relative to the project; undefined for a package. */
  file?: string;
  /** The package it names (`zod`, `@aws-sdk/client-dynamodb`, `node:fs`, `astro:content`); undefined for a file. */
  packageName?: string;
}

const sourceFile = /\.(ts|tsx|mts|mjs|js|astro)$/;

/** The source files git knows, relative to the project. */
export function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: projectDir, encoding: 'utf8' })
    .split('\n')
    .filter((file) => sourceFile.test(file) && existsSync(join(projectDir, file)) && !file.startsWith('test/fixtures/'));
}

/** The parts of a file that hold code: all of a script, the front matter and the <script>s of an .astro file. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontMatter, ...scripts].join('\n');
}

function packageOf(specifier: string): string {
  if (specifier.startsWith('node:') || specifier.startsWith('astro:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : specifier === 'astro/zod' ? specifier : parts[0]!;
}

export function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(codeOf(file, readFileSync(join(projectDir, file), 'utf8')), true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { from: file, specifier, packageName: packageOf(specifier) };
    const target = resolve(dirname(join(projectDir, file)), specifier.replace(/\?.*$/, ''));
    return { from: file, specifier, file: relative(projectDir, target) };
  });
}

/** The layer a project file belongs to: its top folder, or `root` for a file at the top. */
export function layerOf(file: string): Layer {
  const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : 'root';
  if (!(top in layers)) throw new Error(`${file}: the top folder «${top}» is no layer in layers.ts`);
  return top as Layer;
}

/** Every file's imports, by file. */
export function importGraph(): Map<string, Import[]> {
  return new Map(sourceFiles().map((file) => [file, importsOf(file)]));
}

/** The project files reachable from `start` through imports, `start` included. */
export function reachableFrom(graph: Map<string, Import[]>, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { file: next } of graph.get(file) ?? []) if (next) todo.push(next);
  }
  return seen;
}

/** The import cycles between files: each strongly connected group of more than one file (Tarjan's algorithm). */
export function importCycles(graph: Map<string, Import[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const { file: next } of graph.get(file) ?? []) {
      if (!next || !graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
