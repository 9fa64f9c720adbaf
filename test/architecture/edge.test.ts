/**
 * The domain and the store know nothing of HTTP: no file in functions/domain/ or functions/store/
 * imports from functions/http/ or functions/handlers/. Status codes, headers and request bodies
 * stay at the edge, so the domain can be called from a command, a job or a test alike.
 */
import { describe, expect, it } from 'vitest';
import { importGraph, type Import } from '../support/imports.ts';

const inner = ['functions/domain/', 'functions/store/'];
const edge = ['functions/http/', 'functions/handlers/'];

const edgeImports = (graph: Map<string, Import[]>) =>
  [...graph.values()]
    .flat()
    .filter(({ from, file }) => file && inner.some((folder) => from.startsWith(folder)) && edge.some((folder) => file.startsWith(folder)))
    .map(({ from, specifier }) => `${from} → ${specifier}`);

describe('the domain and the store', () => {
  it('import nothing of the HTTP layer or the handlers', () => {
    const graph = importGraph();
    expect([...graph.keys()].filter((file) => inner.some((folder) => file.startsWith(folder))).length).toBeGreaterThan(10);
    expect(edgeImports(graph)).toEqual([]);
  });

  it('are caught when they do', () => {
    const made = new Map([
      ['functions/domain/a.ts', [{ from: 'functions/domain/a.ts', specifier: '../http/respond.ts', file: 'functions/http/respond.ts' }]],
      [
        'functions/store/b.ts',
        [{ from: 'functions/store/b.ts', specifier: '../handlers/loi-get.ts', file: 'functions/handlers/loi-get.ts' }],
      ],
      ['functions/http/c.ts', [{ from: 'functions/http/c.ts', specifier: '../domain/errors.ts', file: 'functions/domain/errors.ts' }]],
    ]);
    expect(edgeImports(made)).toEqual(['functions/domain/a.ts → ../http/respond.ts', 'functions/store/b.ts → ../handlers/loi-get.ts']);
  });
});
