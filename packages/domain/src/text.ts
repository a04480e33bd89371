import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store: no NUL character, and well-formed UTF-16 (no lone surrogate). */
export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !LONE_SURROGATE.test(text);

/** A string schema that refuses what `isStorableText` refuses, naming the reason `unstorable-text`. */
export const storableString = () => z.string().refine(isStorableText, { message: 'unstorable-text' });

/**
 * An id a client chooses (referral, consent, meeting …). State keeps them as keys, so only plain
 * letters, digits and `._:-`, starting with a letter or digit: never `__proto__` and the like.
 */
export const recordIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
    'letters, digits and . _ : - only, starting with a letter or digit',
  );
