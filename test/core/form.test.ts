import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../support/fuzz.ts';
import { formBounds, FormBoundsError, formToObject, readForm, type FormShape } from '../../core/contracts/form.ts';
import { loiForm } from '../../core/contracts/form-options.ts';
import { readBody } from '../../functions/http/body.ts';
import { HttpProblem } from '../../functions/http/respond.ts';
import type { HttpRequest } from '../../functions/http/types.ts';

const form = (body: string, shape: FormShape = {}) => formToObject(readForm(body), shape);

/** What `run` throws, or undefined. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a posted form', () => {
  it('becomes the contract shape: dotted names nest, indexes make lists without the rows left empty', () => {
    const body =
      'kontakt.namn=+Eva+Exempel+&behov.yrken.0.namn=Kock&behov.yrken.1.namn=&behov.yrken.2.namn=Servit%C3%B6r&behov.antal=3&ovrigt=';
    expect(form(body, { numbers: ['behov.antal'] })).toEqual({
      kontakt: { namn: 'Eva Exempel' },
      behov: { yrken: [{ namn: 'Kock' }, { namn: 'Servitör' }], antal: 3 },
    });
  });

  it('reads checkboxes as true or false and textareas as one item per line', () => {
    expect(form('samtycke=ja&kompetens.kunskaper=Truckkort%0D%0A%0D%0A+Svetsning+', loiForm)).toMatchObject({
      samtycke: true,
      ejBindande: false,
      erbjuder: { praktikplatser: false },
      kompetens: { kunskaper: ['Truckkort', 'Svetsning'] },
    });
  });

  it('keeps a name that is not a plain dotted path, or names a list by other than an index, as one unknown key (even "__proto__") for the contract to name', () => {
    const result = form('__proto__.admin=ja&kontakt.__proto__=x&a..b=y&behov.yrken.100=z');
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result).sort()).toEqual(['__proto__.admin', 'a..b', 'behov.yrken.100', 'kontakt.__proto__']);
    expect(form('behov.yrken.0.namn=Kock&behov.yrken.length=x')).toEqual({
      behov: { yrken: [{ namn: 'Kock' }] },
      'behov.yrken.length': 'x',
    });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('is refused with an error naming the field when a name has more parts than the bound', () => {
    const name = 'a.b.c.d.e.f.g';
    const error = thrownBy(() => readForm(`${name}=x`));
    expect(error).toBeInstanceOf(FormBoundsError);
    expect(error).toMatchObject({ path: name, message: expect.stringContaining(name) });
    expect(form('a.b.c.d.e.f=x')).toEqual({ a: { b: { c: { d: { e: { f: 'x' } } } } } });
  });

  it('is refused as a whole with a name of 2,100 dotted parts (4 kB), the same in formToObject', () => {
    const body = `${Array.from({ length: 2100 }, () => 'a').join('.')}=x`;
    expect(thrownBy(() => readForm(body))).toMatchObject({ path: '', message: expect.stringContaining(`${formBounds.nameLength} tecken`) });
    expect(thrownBy(() => formToObject(new URLSearchParams(body), {}))).toBeInstanceOf(FormBoundsError);
  });

  it('is refused as a whole with more fields than the bound, and taken at the bounds', () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `f${i}=x`).join('&');
    expect(thrownBy(() => readForm(fields(formBounds.fields + 1)))).toMatchObject({
      path: '',
      message: expect.stringContaining(`${formBounds.fields} fält`),
    });
    expect(Object.keys(form(fields(formBounds.fields)))).toHaveLength(formBounds.fields);
    expect(form(`${'n'.repeat(formBounds.nameLength)}=x`)).toEqual({ ['n'.repeat(formBounds.nameLength)]: 'x' });
  });

  it('beyond a bound is a 400 problem from readBody, never an unexpected error', () => {
    const request = (body: string) =>
      ({ headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body }) as unknown as HttpRequest;
    const error = thrownBy(() => readBody(request(`${Array.from({ length: 2100 }, () => 'a').join('.')}=x`)));
    expect(error).toBeInstanceOf(HttpProblem);
    expect(error).toMatchObject({ status: 400, errors: [{ path: '' }] });
    expect(thrownBy(() => readBody(request('a.b.c.d.e.f.g=1')))).toMatchObject({ status: 400, errors: [{ path: 'a.b.c.d.e.f.g' }] });
  });
});

describe('the form parser under fuzzing', () => {
  const onlyOwnErrors = (run: () => unknown) => {
    const error = thrownBy(run);
    if (error !== undefined) expect(error).toBeInstanceOf(FormBoundsError);
  };
  const shape: FormShape = { numbers: ['a.0', 'b.1'], booleans: ['b.0.a', '1'], lists: ['a.b', 'length'] };

  it('throws nothing but its own error for any body', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '0', '9', 'length', '.', '=', '&', '%', '%2E', '+', '_', 'ö', '\n') }), (body) =>
        onlyOwnErrors(() => form(body, shape)),
      ),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it('throws nothing but its own error for names built from parts that clash', () => {
    const part = fc.constantFrom('a', 'b', '0', '1', '99', '100', '', '__proto__', 'constructor', 'prototype', 'toString', 'length');
    const name = fc
      .oneof(fc.array(part, { minLength: 1, maxLength: 3 }), fc.array(part, { minLength: 1, maxLength: 8 }))
      .map((parts) => parts.join('.'));
    const fields = fc.array(fc.tuple(name, fc.oneof(fc.constantFrom('', 'x', '5', '-1', 'ja'), fc.string({ maxLength: 5 }))), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(fields, (entries) => {
        onlyOwnErrors(() => {
          const result = formToObject(new URLSearchParams(entries), shape);
          expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
        });
      }),
      { numRuns: fuzzRuns(1000) },
    );
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});
