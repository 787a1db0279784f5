/**
 * Capitalised words that are never a first name where they stand before a surname: sentence
 * openers (articles, pronouns, prepositions, conjunctions, adverbs), days, months and the
 * commonest titles and role nouns, in the languages the talks were covered in. "But Sherman
 * told reporters", "Neither Sherman nor Ryabkov", "Ранее Шерман заявила" are Sherman, whoever
 * she is; "Roger Sherman" is not Wendy. A word mistaken for a first name costs more than a
 * first name missed: it makes the bare surname doubtful on the whole page (find.ts), so the
 * list is long. Folded on first use (context.ts), as the words read from a page are. It is
 * the languages' own words, not a rule of any entity, so it ships with the matcher's code, as
 * the folding tables do, rather than in seeds/entities.
 */
export const NOT_FIRST_NAMES_TEXT = [
  // English
  'a about above according across after afterwards again against ahead all along already also ' +
    'are can could did do does had has have is must shall should were ' +
    'although among an and another any anyway around as asked at because before behind ' +
    'besides between both but by despite during each earlier either even every except for ' +
    'from further furthermore hence her here his how however i if in including indeed inside ' +
    'instead into it its just later like meanwhile more moreover most much my neither never ' +
    'next no nor not now of off on once one only or other our outside over per perhaps plus ' +
    'rather regarding said says since so some still such than that the their then there ' +
    'therefore these they this those though through thus to today told tomorrow toward ' +
    'towards under unlike until upon us via was we what whatever when whenever where ' +
    'whereas whether which while who whom whose why with within without would yes ' +
    'yesterday yet you ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december ' +
    'mr mrs ms dr prof sir madam dame envoy diplomat negotiator secretary minister president ' +
    'official spokesperson spokeswoman spokesman deputy chief senator ambassador russian ' +
    'russia moscow kremlin american washington ',
  // German
  'aber als also am an auch auf aus außerdem bei beim bereits bis da damals damit danach dann ' +
    'das dass daher dem den denn der des deshalb die dies diese dieser doch durch ein eine ' +
    'einem einen einer erst es für gegen gestern heute ihr im in indes jedoch jetzt laut mit ' +
    'nach nachdem neben nicht noch nun nur ob obwohl oder ohne schon seit sie so sowie ' +
    'sowohl später trotz trotzdem über um und unter vom von vor während weder wegen weil ' +
    'wenn wie wo zudem zuvor zu zum zur zwar zwischen ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni ' +
    'juli oktober dezember frau herr diplomatin unterhändlerin ministerin unterhändler ' +
    'vizeminister russe russlands moskaus kreml ',
  // Icelandic
  'að af á áður bæði en einnig eftir eða ekki frá fyrir hann hún hins hvorki í loks með ' +
    'meðal nú og samkvæmt sem síðar til um undir við þá þar þegar því þó sagði segir frú ' +
    'rússinn rússa rússlands ',
  // Russian
  'а в во вчера где да для до если ещё еще же за затем и из или именно как когда к ко ' +
    'кроме лишь между на накануне не ни но о об однако она он от отмечает по поэтому позже ' +
    'после потом пока при про ранее с сам сама сегодня со также так тогда только у уже ' +
    'хотя через что это госпожа госсекретарь дипломат американка американский глава замглавы ' +
    'заявила сказала посол представитель россии москвы замминистра заместитель заявил ' +
    'сказал ',
  // French
  'à après au aussi avant avec chez dans de des du elle en ensuite et il la le les lors ' +
    'madame mais mme ou où par pendant pour puis quand sans selon sous sur',
].join('');
