import type { CardSentence } from '../../lib/cards/card-model';

/** A corpus sentence as plain text with the entity's name(s) emphasised. */
export interface EmphasisedSentenceProps {
  sentence: CardSentence;
  lang: string;
}

export function EmphasisedSentence({ sentence, lang }: EmphasisedSentenceProps) {
  const parts = [];
  let at = 0;
  for (const { start, end } of sentence.emphasis) {
    if (start < at) continue;
    if (start > at) parts.push(sentence.text.slice(at, start));
    parts.push(<mark key={start}>{sentence.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < sentence.text.length) parts.push(sentence.text.slice(at));
  return (
    <q class="sentence" lang={lang}>
      {parts}
    </q>
  );
}
