/** The matcher on the repository's own seeds: their aliases, paradigms and rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aliasForms,
  buildMatcherData,
  compileMatcher,
  createSession,
  findMentions,
  mightTrigger,
} from '../../../lib/match';
import { loadSeeds } from '../corpus/seeds-load';
import { gateOnly } from '../../../lib/match/gate-only';
import { shippedMatcher } from '../../../lib/match/compile';
import { marks } from './helpers';

const seeds = loadSeeds();
const data = buildMatcherData(seeds.entities, seeds.paradigms);
const matcher = compileMatcher(data);
const found = (text: string) => marks(text, undefined, matcher);

describe('the real seeds', () => {
  it('find Ryabkov in all four languages, inflected', () => {
    const texts = [
      "Sergei A. Ryabkov and Ryabkov's deputy",
      'Sergeij Rjabkov sagði; ummæli Rjabkovs',
      'Sergej Rjabkow sagte; Rjabkows Worte',
      'Сергей Рябков заявил; со Рябковым; слова Рябкова',
    ];
    for (const text of texts) {
      const hits = found(text);
      expect(hits.length, text).toBeGreaterThanOrEqual(2);
      expect(
        hits.every((h) => h.endsWith('sergei-ryabkov')),
        text,
      ).toBe(true);
    }
  });

  it('find a name with an invisible joiner inside it, in the gate too', () => {
    for (const text of ['Ryab\u200dkov said no.', 'Ryab\u200ckov said no.']) {
      expect(mightTrigger(text, matcher), text).toBe(true);
      expect(found(text), text).toEqual([`${text.slice(0, 8)} → sergei-ryabkov`]);
    }
  });

  it('find the NATO–Russia Council in Russian with a spaced dash or hyphen', () => {
    for (const text of ['Совет Россия – НАТО', 'в Совете Россия - НАТО', 'Совета Россия — НАТО']) {
      expect(found(text), text).toEqual([`${text.replace(/^в /, '')} → nato-russia-council`]);
    }
  });

  it('find Ryabkov’s full name in Icelandic and German genitives', () => {
    expect(found('Ummæli Sergejs Rjabkovs vöktu athygli.')).toEqual([
      'Sergejs Rjabkovs → sergei-ryabkov',
    ]);
    expect(found('Die Äußerungen Sergej Rjabkows.')).toEqual(['Sergej Rjabkows → sergei-ryabkov']);
  });

  it('find Geneva as Genf, Genfar, Genfs, Женеве and GENEVA', () => {
    expect(found('í Genf, til Genfar')).toEqual(['Genf → geneva', 'Genfar → geneva']);
    expect(found('Gespräche in Genf, Genfs Altstadt')).toEqual(['Genf → geneva', 'Genfs → geneva']);
    expect(found('переговоры в Женеве')).toEqual(['Женеве → geneva']);
    expect(found('GENEVA (Reuters) – talks in Switzerland')).toContain('GENEVA → geneva');
  });

  it('find NATO declined in Icelandic and Russian, and Nato in German compounds', () => {
    expect(found('Atlantshafsbandalagið og aðild að Atlantshafsbandalaginu')).toEqual([
      'Atlantshafsbandalagið → nato',
      'Atlantshafsbandalaginu → nato',
    ]);
    expect(found('расширение НАТО')).toEqual(['НАТО → nato']);
    expect(found('NATO-Staaten und der NATO-Generalsekretär')).toEqual([
      'NATO → nato',
      'NATO → nato',
    ]);
  });

  it('take a bare Sherman among the talks’ own names, even where they are bare too', () => {
    expect(found('Ryabkov met Sherman in Geneva.')).toEqual([
      'Ryabkov → sergei-ryabkov',
      'Sherman → wendy-sherman',
      'Geneva → geneva',
    ]);
    // Nothing sure to start from: no page is opened on this.
    expect(findMentions(['Sherman and Blinken in Geneva.'], matcher).triggered).toBe(false);
    // Only a trigger confirmed by its neighbours is a neighbour in turn: Ukraine, which
    // confirms Washington, is not counted twice for another Sherman.
    const other = 'Sherman urged Washington to send more arms to Ukraine.';
    expect(findMentions([other], matcher).triggered).toBe(false);
    expect(found('Lavrov and Blinken sent Sherman.')).not.toContain('Sherman → wendy-sherman');
  });

  it('find the same whether a page comes in one call or in several', () => {
    // Moscow confirms Washington; once that is evidence for the page, it confirms Geneva.
    const blocks = ['Washington and Moscow spoke.', 'Geneva and Washington agreed.'];
    const whole = findMentions(blocks, matcher);
    const session = createSession();
    const parts = blocks.map((b) => findMentions([b], matcher, { session }));
    expect(parts.map((p) => p.mentions.map((m) => m.entity))).toEqual(
      [0, 1].map((i) => whole.mentions.filter((m) => m.block === i).map((m) => m.entity)),
    );
    expect(whole.triggered).toBe(session.triggered);
  });

  it('keep the other Shermans and Genevas out', () => {
    const page = 'Wendy Sherman met Sergei Ryabkov in Geneva, Switzerland. ';
    const others = [
      'General Sherman marched to the sea.',
      'A Sherman tank rolled past.',
      'Roger Sherman signed the Declaration.',
      'The Geneva Conventions protect prisoners.',
      'She grew up in Geneva, Illinois.',
      'Lake Geneva is lovely.',
    ];
    const base = found(page).length;
    for (const text of others) expect(found(page + text), text).toHaveLength(base);
  });

  it('index all five articles as triggered, with their negotiators', () => {
    for (const article of seeds.articles) {
      const blocks = article.raw.split(/\n+/);
      const result = findMentions(blocks, matcher);
      expect(result.triggered, article.meta.id).toBe(true);
      const entities = new Set(result.mentions.map((m) => m.entity));
      expect(entities.has('wendy-sherman') || entities.has('sergei-lavrov'), article.meta.id).toBe(
        true,
      );
      expect(entities.has('geneva'), article.meta.id).toBe(true);
    }
  });

  it('trigger on none of the saved real news pages', () => {
    const dir = `${import.meta.dirname}/../../../../shared/pages-real`;
    const open: string[] = [];
    const triggered: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      // Like textContent: tags go, script and style text stays.
      const text = readFileSync(`${dir}/${file}`, 'utf8').replace(/<[^>]*>/g, ' ');
      const gate = mightTrigger(text, matcher);
      if (gate) open.push(file);
      if (findMentions([text], matcher).triggered) {
        triggered.push(file);
        expect(gate, file).toBe(true);
      }
    }
    // la-nacion.html says "un aliado de la OTAN" in a story about Ocalan: NATO in Spanish, a
    // language the extension does not cover, with no context of the talks. OTAN (French)
    // therefore needs evidence, and pages-real/SOURCE.md wants every saved page left alone.
    expect(triggered).toEqual([]);
    // cnet.html names the font "Geneva" in its CSS: the gate opens, evidence then rules it out.
    expect(open).toEqual(['cnet.html', 'la-nacion.html']);
  });

  it('never shut the gate on text the matcher triggers on (random trigger forms and noise)', () => {
    const forms = seeds.entities
      .filter((e) => e.trigger)
      .flatMap((e) => e.aliases.flatMap((a) => aliasForms(a, seeds.paradigms)));
    const noise = ['', ' ', 'the ', 'Ms. ', 'x', '-', "'s ", '\u00ad', '\n', 'General ', ' tank'];
    const spell = [
      (f: string) => f,
      (f: string) => f.toUpperCase(),
      (f: string) => f.replace(/ /g, '\u00a0\n '),
      (f: string) => f.replace(/ /, ' Q. '),
      (f: string) => f.normalize('NFD'),
      (f: string) => f.slice(0, 2) + '\u00ad' + f.slice(2),
    ];
    let seed = 11;
    const pick = <T>(a: T[]) => a[(seed = (seed * 48271) % 2147483647) % a.length]!;
    let triggered = 0;
    for (let n = 0; n < 3000; n++) {
      const text = pick(noise) + pick(spell)(pick(forms)) + pick(noise) + pick(noise);
      if (!findMentions([text], matcher).triggered) continue;
      triggered++;
      expect(mightTrigger(text, matcher), JSON.stringify(text)).toBe(true);
    }
    expect(triggered).toBeGreaterThan(1000);
  });

  it('stay linear on chains of initials after a first name (gate and candidate finder)', () => {
    // The seeds spell `Wendy R. Sherman` and `Sergei A. Ryabkov`: an unbounded run of initials
    // in the gate made V8 backtrack quadratically (512 kB of `Wendy R. R. …` took 72 s).
    const n = 1 << 17;
    for (const text of [
      'Wendy ' + 'R. '.repeat(n),
      'Sergei ' + 'A. '.repeat(n),
      'Wendy ' + 'R '.repeat(n),
    ]) {
      let t = performance.now();
      expect(mightTrigger(text, matcher)).toBe(false);
      expect(performance.now() - t, text.slice(0, 12)).toBeLessThan(5000);
      t = performance.now();
      expect(findMentions([text], matcher).mentions).toEqual([]);
      expect(performance.now() - t, text.slice(0, 12)).toBeLessThan(5000);
    }
    // Up to three initials still read as the name, in the gate and in the matcher.
    for (const named of ['Wendy R. Q. P. Sherman spoke.', 'Wendy R Q. P Sherman spoke.']) {
      expect(mightTrigger(named, matcher), named).toBe(true);
      expect(found(named), named).toEqual([`${named.slice(0, -7)} → wendy-sherman`]);
    }
  });

  it('find the same hits from the candidate finder as from every word start', () => {
    // The candidates only decide where the trie is walked: the scan must not lose a name.
    const full = compileMatcher({ ...data, candidates: '' });
    expect(matcher.candidates).not.toBeNull();
    expect(full.candidates).toBeNull();
    const forms = seeds.entities.flatMap((e) =>
      e.aliases.flatMap((a) => aliasForms(a, seeds.paradigms)),
    );
    const noise = [' ', ' the ', 'Ms. ', "l'", "d'", "O'", 'x', '-', "'s ", '\n', ' General ', '5'];
    const spell = [
      (f: string) => f,
      (f: string) => f.toUpperCase(),
      (f: string) => f.toLowerCase(),
      (f: string) => f.replace(/ /g, '\u00a0\n '),
      (f: string) => f.replace(/ /, ' Q. '),
      (f: string) => f.replace(/e/g, 'é').replace(/a/g, 'à'),
      (f: string) => f.replace(/-/g, '\u2010'),
      (f: string) => f.normalize('NFD'),
    ];
    let seed = 29;
    const pick = <T>(a: T[]) => a[(seed = (seed * 48271) % 2147483647) % a.length]!;
    let hits = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 6; k++) text += pick(noise) + pick(spell)(pick(forms));
      const want = findMentions([text], full, { requireTrigger: false });
      hits += want.mentions.length;
      expect(
        findMentions([text], matcher, { requireTrigger: false }),
        JSON.stringify(text),
      ).toEqual(want);
    }
    expect(hits).toBeGreaterThan(3000);
  });

  it('match the same with the trie the background ships, built at build time without aliases', () => {
    const shipped = shippedMatcher(data);
    expect(shipped.entities.every((e) => e.aliases.length === 0)).toBe(true);
    // What travels by message once the gate opens: the packed trie instead of the aliases.
    expect(JSON.stringify(shipped).length).toBeLessThan(110_000);
    const fromShipped = compileMatcher(JSON.parse(JSON.stringify(shipped)) as typeof shipped);
    const texts = seeds.articles.flatMap((a) => a.raw.split(/\n+/));
    const want = findMentions(texts, matcher);
    expect(want.mentions.length).toBeGreaterThan(100);
    expect(findMentions(texts, fromShipped)).toEqual(want);
  });

  it('ship a gate small enough for the content script (≤ 60 kB with everything else)', () => {
    // The full data travels by message once the gate opens; only the gate is bundled.
    expect(JSON.stringify(gateOnly(data)).length).toBeLessThan(12_000);
  });
});
