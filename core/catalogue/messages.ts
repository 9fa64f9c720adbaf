/**
 * Swedish wording of schema errors, for the editors whose edit failed the build.
 * zod's own messages are English; this map replaces every one that an edit can cause.
 */
import type { z } from 'astro/zod';

export const swedishErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: 'fältet saknas men är obligatoriskt' };
      // YAML reads 0181 as the number 181: codes must be quoted to keep their leading zeros.
      if (issue.expected === 'string' && issue.received === 'number')
        return { message: 'ska vara text, inte ett tal; skriv värdet inom citattecken, t.ex. "0181"' };
      return { message: `ska vara ${typeName(issue.expected)}, inte ${typeName(issue.received)}` };
    case 'invalid_union_discriminator':
      return { message: `okänd sorts händelse; välj ett av: ${issue.options.map(String).join(', ')}` };
    case 'invalid_enum_value':
      return { message: `«${String(issue.received)}» är inget tillåtet värde; välj ett av: ${issue.options.join(', ')}` };
    case 'unrecognized_keys':
      return { message: `okänt fält: ${issue.keys.join(', ')}; kontrollera stavningen mot content/README.md` };
    case 'too_small':
      if (issue.type === 'string') return { message: issue.minimum === 1 ? 'får inte vara tomt' : `ska ha minst ${issue.minimum} tecken` };
      if (issue.type === 'array') return { message: `ska ha minst ${issue.minimum} ${issue.minimum === 1 ? 'värde' : 'värden'}` };
      return { message: `ska vara minst ${issue.minimum}` };
    case 'too_big':
      if (issue.type === 'string') return { message: `får ha högst ${issue.maximum} tecken` };
      if (issue.type === 'array') return { message: `får ha högst ${issue.maximum} värden` };
      return { message: `får vara högst ${issue.maximum}` };
    case 'invalid_string':
      if (issue.validation === 'email') return { message: 'ska vara en e-postadress, t.ex. "namn@exempel.se"' };
      if (issue.validation === 'url') return { message: 'ska vara en webbadress som börjar med https://' };
      return { message: 'har fel format' };
    case 'invalid_date':
      return { message: 'är inget giltigt datum' };
    default:
      return { message: ctx.defaultError };
  }
};

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'ett tal',
    integer: 'ett heltal',
    boolean: 'true eller false',
    array: 'en lista',
    object: 'en grupp av fält',
    null: 'tomt',
    date: 'ett datum',
  };
  return names[type] ?? type;
}

/** "kommuner[1]", "anordnare.namn": a zod path written the way the field appears in the file. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}
