/**
 * Interface text in Arabic that names Swedish places and organisations ("Malmö",
 * "Arbetsförmedlingen"): each name, in Latin script, is marked as Swedish and left to right, so a
 * screen reader says it in Swedish and the line reads in the right order. Other languages' text
 * is left as it is.
 */
import type { JobseekerLanguage } from '../../core/i18n/index.ts';

/** A run of Latin letters (with the digits, spaces and hyphens inside a name). */
const latinRun = /([A-Za-zÀ-ÖØ-öø-ÿ](?:[A-Za-zÀ-ÖØ-öø-ÿ0-9 .\-–]*[A-Za-zÀ-ÖØ-öø-ÿ0-9])?)/;

export function SwedishNames({ language, text }: { language: JobseekerLanguage; text: string }) {
  if (language !== 'ar') return text;
  return text.split(latinRun).map((part, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in their order.
      <span key={i} lang="sv" dir="ltr">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
