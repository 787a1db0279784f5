/**
 * The ambiguity rules of the entities that are not triggers, on pages about the talks and
 * pages about their namesakes (seeds-disambiguation.test.ts has the triggers).
 */
import { describe, expect, it } from 'vitest';
import { marks, of } from './seeds-matcher';

describe('other names on a page about the talks', () => {
  const page = 'Wendy Sherman met Ryabkov in Geneva.';
  it('are not the namesakes Russian, German and English pages give them', () => {
    const others = [
      'Портрет Джорджа Вашингтона висел в зале.',
      'Сенатор от штата Вашингтон раскритиковала Кремль.',
      'Как пишет газета «Вашингтон пост», ужин длился два часа.',
      'Звучала музыка Ирвинга Берлина, вспоминали Исайю Берлина.',
      'Paris Match ran a photo of the dinner.',
      'The Texas Department of State Health Services reported new cases.',
      'The Washington Free Beacon and the Washington Institute were sceptical.',
    ];
    for (const other of others) {
      expect(
        marks(page, other).filter((m) => !page.includes(m.split(': ')[1]!)),
        other,
      ).toEqual([]);
    }
  });

  it('are their German genitives', () => {
    expect(of('washington', marks('Rjabkow kritisierte Washingtons Haltung in Genf.'))).toEqual([
      'washington: Washingtons',
    ]);
  });
});

describe('other ambiguous names', () => {
  it('keep places that are also people, hotels, papers and conventions apart', () => {
    const named = ['Саммит в Париже, Берлине и Вене; Wien; Washington, D.C.'];
    const page = [
      'Paris Hilton and Denzel Washington met NATO; The Washington Post reported it.',
      'NATO cited the Vienna Convention on Diplomatic Relations.',
      'Irving Berlin wrote a song about NATO.',
    ];
    const found = marks(...named, ...page).filter((m) => !/[А-я]|Wien|D\.C\./u.test(m));
    expect(found.filter((m) => !m.startsWith('nato:'))).toEqual([]);
  });

  it('accept them among the talks’ other entities', () => {
    const found = marks('After Geneva, NATO met Russia in Brussels, then the OSCE in Vienna.');
    expect(of('vienna', found)).toEqual(['vienna: Vienna']);
    expect(of('paris', marks('Leaders in Paris and Berlin want the EU at the table.'))).toEqual([
      'paris: Paris',
    ]);
  });

  it('do not take German “Herbst” (autumn) or “das Blinken” for people', () => {
    const page = [
      'John Herbst and Antony Blinken spoke.',
      'Im Herbst beginnt das Blinken der Lichter.',
    ];
    expect(marks(...page).filter((m) => !m.includes(': John') && !m.includes(': Antony'))).toEqual(
      [],
    );
    expect(
      of('john-herbst', marks('Former ambassador John Herbst said so; Herbst added more.')),
    ).toEqual(['john-herbst: John Herbst', 'john-herbst: Herbst']);
  });

  it('take RIA for the agency only when it is one, and Poutine for Putin only outside a menu', () => {
    expect(of('ria-novosti', marks('Ryabkov told RIA news agency in Moscow.'))).toEqual([
      'ria-novosti: RIA',
    ]);
    expect(marks('Our RIA charges a fee.')).toEqual([]);
    const page = ['Vladimir Poutine à Genève.', 'La Poutine du chef. Poutine sauce is brown.'];
    expect(of('vladimir-putin', marks(...page))).toEqual(['vladimir-putin: Vladimir Poutine']);
  });
});

describe('moscow, brussels, kyiv and poland (guarded)', () => {
  const page = (...rest: string[]) => marks('Wendy Sherman met Sergei Ryabkov in Geneva.', ...rest);

  it('are the places, with no evidence asked', () => {
    const found = page(
      'Moscow wants guarantees; Brussels hosts the council.',
      'Kyiv, Kiev and Poland watched. Gespräche in Moskau und Brüssel.',
    );
    expect(of('moscow', found)).toEqual(['moscow: Moscow', 'moscow: Moskau']);
    expect(of('brussels', found)).toEqual(['brussels: Brussels', 'brussels: Brüssel']);
    expect(of('kyiv', found)).toEqual(['kyiv: Kyiv', 'kyiv: Kiev']);
    expect(of('poland', found)).toEqual(['poland: Poland']);
  });

  it('are not the newspapers, clubs, dishes, brands and American towns named after them', () => {
    const found = page(
      'The Moscow Times reported it; four students died in Moscow, Idaho; Spartak Moscow won.',
      'She ordered a Moscow Mule and roasted Brussels sprouts before her Brussels Airlines flight.',
      'Chicken Kiev was served; the Kyiv Independent and the Kyiv Post covered Dynamo Kyiv.',
      'A case of Poland Spring water came from Poland, Maine.',
    );
    for (const id of ['moscow', 'brussels', 'kyiv', 'poland'])
      expect(of(id, found), id).toEqual([]);
  });
});

describe('joe-biden', () => {
  it('is Biden with a title, his full name on the page, or the talks around him', () => {
    expect(of('joe-biden', marks('President Biden spoke.'))).toEqual(['joe-biden: Biden']);
    expect(of('joe-biden', marks('The Biden administration said no.'))).toEqual([
      'joe-biden: Biden',
    ]);
    expect(of('joe-biden', marks('Joe Biden arrived.', 'Later, Biden said little.'))).toEqual([
      'joe-biden: Joe Biden',
      'joe-biden: Biden',
    ]);
    expect(of('joe-biden', marks('In two phone calls with Putin, Biden warned Russia.'))).toEqual([
      'joe-biden: Biden',
    ]);
  });

  it('is not his wife, his son or another Biden, even where he is named', () => {
    const found = marks(
      'Joe Biden met Vladimir Putin in Geneva.',
      'Jill Biden visited a school; Hunter Biden’s laptop was in the news.',
      'Джилл Байден и Хантер Байден.',
    );
    expect(of('joe-biden', found)).toEqual(['joe-biden: Joe Biden']);
  });
});

describe('us-state-department (guarded)', () => {
  it('is the State Department, not an American state’s department of something', () => {
    expect(
      of('us-state-department', marks('In Washington, State Department officials said no.')),
    ).toEqual(['us-state-department: State Department']);
    expect(
      of(
        'us-state-department',
        marks(
          'The Washington State Department of Health and the Ohio State Department of Education.',
        ),
      ),
    ).toEqual([]);
  });
});
