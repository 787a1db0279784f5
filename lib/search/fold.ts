/**
 * One search key per written word, whatever the script or spelling: case and diacritics
 * folded, Icelandic and German letters spelled out, Cyrillic transliterated, and the
 * transliteration variants that news outlets disagree on (Rjabkov / Ryabkov / Rjabkow,
 * Sergej / Sergey) collapsed, so "Рябков", "rjabkov" and "Ryabkov" meet (issue 5).
 * Applied to the index and the query alike, so over-folding only merges near-identical words.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/** Letters that NFD does not decompose. */
const LATIN: Record<string, string> = {
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

const SPECIAL = /[\u0400-\u04ffðþæøœßłđı]/gu;

/** Case, diacritics and script folded: "Genfar" → "genfar", "Рябков" → "ryabkov". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL, (ch) => CYRILLIC[ch] ?? LATIN[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * The loose key of one word: folded, then spelling variants of transliterated names merged
 * (j and y, w and v, doubled vowels in -ei/-ey/-ej endings). Returns '' for words that are
 * only punctuation.
 */
export function searchKey(word: string): string {
  return foldText(word)
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/j/g, 'y')
    .replace(/w/g, 'v')
    .replace(/iy/g, 'y')
    .replace(/ey(?=$|[^aeiou])/g, 'ei');
}

/** Words of a text as the index sees them (letters and digits of any script). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
}
