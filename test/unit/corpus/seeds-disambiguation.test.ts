/**
 * The ambiguity rules in seeds/entities, run through the real matcher on short pages of both
 * kinds (DESIGN.md: each rule is tested with pages where the name is and is not the entity).
 * The matcher's own semantics are tested in test/unit/match with small fixture seeds.
 * The trigger entities; the other names are in seeds-disambiguation-others.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/match';
import { marks, matcher, of } from './seeds-matcher';

describe('wendy-sherman', () => {
  it('is Sherman with a title, her first name or the talks around her', () => {
    expect(of('wendy-sherman', marks('Ms. Sherman met Mr. Ryabkov in Geneva.'))).toEqual([
      'wendy-sherman: Sherman',
    ]);
    expect(of('wendy-sherman', marks('Deputy Secretary of State Sherman spoke first.'))).toEqual([
      'wendy-sherman: Sherman',
    ]);
    expect(
      of('wendy-sherman', marks('Wendy R. Sherman arrived.', 'Later, Sherman said little.')),
    ).toEqual(['wendy-sherman: Wendy R. Sherman', 'wendy-sherman: Sherman']);
  });

  it('is not the tank, the general, the town or another Sherman, even on a page about the talks', () => {
    const page = [
      'Wendy Sherman and Sergei Ryabkov met in Geneva.',
      'An M4 Sherman stood outside; Sherman tanks fought in 1944.',
      'General Sherman and William T. Sherman marched to the sea.',
      'Roger Sherman signed; Cindy Sherman photographed; Sherman Oaks is in Los Angeles.',
    ];
    expect(of('wendy-sherman', marks(...page))).toEqual(['wendy-sherman: Wendy Sherman']);
  });

  it('is Sherman in the talks’ own words, and in Icelandic and German genitives', () => {
    expect(of('wendy-sherman', marks('Sherman said the security talks had been frank.'))).toEqual([
      'wendy-sherman: Sherman',
    ]);
    expect(of('wendy-sherman', marks('Sendinefnd Wendy Shermans kom til Genfar.'))).toEqual([
      'wendy-sherman: Wendy Shermans',
    ]);
    expect(of('wendy-sherman', marks('Die Worte Wendy Shermans.'))).toEqual([
      'wendy-sherman: Wendy Shermans',
    ]);
  });

  it('is not a Sherman before another name, even on a page that names her', () => {
    const page = ['Wendy Sherman met Sergei Ryabkov.'];
    for (const other of [
      'Sherman Alexie read from his memoir.',
      'Sherman-Palladino wrote the show.',
      'Sherman Hemsley starred in it.',
    ]) {
      expect(of('wendy-sherman', marks(...page, other)), other).toEqual([
        'wendy-sherman: Wendy Sherman',
      ]);
    }
  });

  it('is Sherman in a title-case headline and after a weekday, titled or not', () => {
    const headline = [
      'Ryabkov Meets Sherman In Geneva',
      'Deputy Secretary Sherman told reporters.',
    ];
    expect(of('wendy-sherman', marks(...headline))).toHaveLength(2);
    const page = [
      'Deputy Secretary Sherman arrived for security talks.',
      'On Monday Sherman said no.',
    ];
    expect(findMentions(page, matcher).triggered).toBe(true);
    expect(of('wendy-sherman', marks(...page))).toHaveLength(2);
  });

  it('is not another Sherman in talks of its own, nor a Sherman before another name', () => {
    const others = [
      ['Sherman Alexie talks about his memoir at the library.'],
      ['Sherman-Palladino talks about her new show.'],
      ['After taking Atlanta, Sherman opened surrender talks with Johnston.'],
      ['Richard Sherman signs a deal.', 'Sherman, his own negotiator, agreed.'],
      ['Cindy Sherman’s retrospective opens.', 'Ms. Sherman, 68, photographs herself.'],
      ['Rep. Brad Sherman spoke.', 'Sherman said Putin must pay for invading Ukraine.'],
    ];
    for (const page of others) {
      expect(findMentions(page, matcher).triggered, page.join(' ')).toBe(false);
    }
  });
});

describe('wendy-sherman, as readers of every language write her', () => {
  const triggers = (...page: string[]) => findMentions(page, matcher).triggered;

  it('is Sherman after a sentence opener, a role noun or a long title', () => {
    const pages = [
      ['Однако Шерман подчеркнула в Женеве, что США не откажутся от политики НАТО.'],
      ['Замгоссекретаря США Шерман заявила о диалоге.', 'Ранее Шерман назвала их неприемлемыми.'],
      ['Für Sherman ist klar: nein.', 'US-Vizeaußenministerin Sherman sprach in Genf.'],
      ['Sowohl Sherman als auch Rjabkow äußerten sich nach dem Treffen in Genf zurückhaltend.'],
      ['Neither Sherman nor Ryabkov took questions.', 'Ms. Sherman later told reporters no.'],
      ['Unlike Sherman, Ryabkov struck an upbeat tone after the Geneva meeting.'],
      ['Bæði Sherman og Rjabkov sögðu í Genf að viðræðurnar hefðu verið hreinskilnar.'],
      ['Varautanríkisráðherrann Sherman sagði að viðræðurnar hefðu verið hreinskilnar.'],
      ['Американка Шерман заявила журналистам, что переговоры были откровенными.'],
    ];
    for (const page of pages) {
      const shermans = page.join(' ').match(/Sherman|Шерман/g)!.length;
      expect(of('wendy-sherman', marks(...page)), page[0]).toHaveLength(shermans);
    }
  });

  it('is Sherman after titles written with “U.S.”', () => {
    expect(triggers('U.S. negotiator Sherman said she was not optimistic.')).toBe(true);
    expect(triggers('Deputy U.S. Secretary of State Sherman flew in on Sunday.')).toBe(true);
  });

  it('is not the Sherman of a headline’s first name, nor Mrs. Sherman after the General', () => {
    const pages = [
      ['Cindy Sherman Opens Retrospective At Fondation Louis Vuitton', 'Ms. Sherman, 68, spoke.'],
      ['CINDY SHERMAN: THE UNTITLED FILM STILLS', 'Ms. Sherman made 70 photographs.'],
      ['CINDY SHERMAN IN DER KUNSTHALLE', 'Frau Sherman zeigt neue Arbeiten.'],
      ['General William Tecumseh Sherman marched to Savannah.', 'Mrs. Sherman wrote daily.'],
      ['White House chief of staff Sherman Adams said Washington would answer Moscow.'],
    ];
    for (const page of pages) expect(triggers(...page), page[0]).toBe(false);
  });

  it('is Sherman where a headline’s first word stands among the talks’ names', () => {
    for (const headline of [
      'Envoys Sherman And Ryabkov Hold Marathon Talks In Geneva',
      'NEGOTIATORS SHERMAN AND RYABKOV MEET IN GENEVA',
      'GENEVA Sherman told reporters the security talks were frank.',
    ]) {
      expect(of('wendy-sherman', marks(headline)), headline).toHaveLength(1);
    }
  });

  it('is not a Sherman that only the places of a war surround, but is beside Ukraine', () => {
    const pages = [
      'Shermans and T-34s fought side by side from Moscow to Berlin, as veterans recalled.',
      'Sherman’s march, like Napoleon’s retreat from Moscow or the ordeal in the Crimea, became a byword.',
      'White House chief of staff Sherman Adams said Washington would answer Moscow.',
    ];
    for (const page of pages) expect(triggers(page), page).toBe(false);
    // One of the neighbours must be the talks' own (`nearbyOneOf`): Ukraine is.
    expect(triggers('Sherman warns Moscow over Ukraine troop buildup')).toBe(true);
  });
});

describe('sergei-ryabkov', () => {
  const triggers = (...page: string[]) => findMentions(page, matcher).triggered;
  const his = (...page: string[]) => of('sergei-ryabkov', marks(...page));

  it('is not another Ryabkov, nor his bare surname on that page', () => {
    const pages = [
      ['Forward Dmitry Ryabkov scored twice as Kazan won.', 'Ryabkov’s second goal came late.'],
      ['Глава администрации района Андрей Рябков проверил ремонт.', 'Рябков обещал закончить.'],
      ['Der Eishockeyspieler Ilja Rjabkow wechselt nach Köln.'],
    ];
    for (const page of pages) expect(triggers(...page), page[0]).toBe(false);
    // Until his full name appears.
    expect(
      his('Forward Dmitry Ryabkov scored.', 'Ryabkov spoke.', 'Sergei Ryabkov arrived.'),
    ).toEqual(['sergei-ryabkov: Ryabkov', 'sergei-ryabkov: Sergei Ryabkov']);
  });

  it('is Ryabkov after his first name, patronymic, a title, a sentence’s first noun or a name', () => {
    const pages = [
      'Сергей Алексеевич Рябков заявил о диалоге.',
      'Замминистра иностранных дел России Рябков заявил о диалоге.',
      'Ummæli Rjabkovs vöktu athygli.',
      'Lawrow und sein Kollege Rjabkow reisten ab.',
      'Nach Angaben Rjabkows dauerten die Gespräche acht Stunden.',
      'After the talks in Geneva Ryabkov told reporters nothing.',
      'Deputy Foreign Minister Ryabkov said no.',
    ];
    for (const page of pages) expect(his(page), page).toHaveLength(1);
  });
});

describe('geneva', () => {
  it('is the Swiss city of the talks', () => {
    expect(of('geneva', marks('Talks in Geneva, Switzerland, began on Monday.'))).toEqual([
      'geneva: Geneva',
    ]);
    expect(of('geneva', marks('Viðræður hófust í Genf.', 'Blinken fór til Genfar.'))).toEqual([
      'geneva: Genf',
      'geneva: Genfar',
    ]);
    expect(of('geneva', marks('Переговоры в Женеве начались.'))).toEqual(['geneva: Женеве']);
    expect(of('geneva', marks('Les pourparlers de Genève, en Suisse.'))).toEqual([
      'geneva: Genève',
    ]);
    expect(of('geneva', marks('The delegations met at the U.S. mission in Geneva.'))).toEqual([
      'geneva: Geneva',
    ]);
  });

  it('is not the Conventions, the lake or an American town, even where Genf is named', () => {
    const page = [
      'Viðræður hófust í Genf.',
      'NATO lawyers cite the Geneva Conventions; Ukraine cites the Geneva Convention too.',
      'Geneva, Illinois, is near Chicago, and Ukraine is far away.',
      'Lake Geneva, Wisconsin, is a resort town; so is Geneva, N.Y., says NATO.',
      'Les Conventions de Genève protègent les prisonniers, dit l’OTAN.',
    ];
    expect(of('geneva', marks(...page))).toEqual(['geneva: Genf']);
    expect(of('geneva', marks('A church in Geneva, Iowa, hosts refugees from Ukraine.'))).toEqual(
      [],
    );
    expect(of('geneva', marks('Ukraine and the Fourth Geneva Convention.'))).toEqual([]);
  });

  it('is no Geneva on a page about an American one, wherever else the name stands', () => {
    const pages = [
      ['GENEVA, Ill. — Teachers in Geneva School District 304 resumed contract talks.'],
      ['GENEVA, N.Y. — Dozens gathered on Sunday.', 'Geneva residents sent supplies to Ukraine.'],
      ['GENEVA, N.Y. — Wineries had a record season.', 'In Geneva, talks on a hotel continue.'],
      ['LAKE GENEVA, Wis. — The council met.', 'Geneva Lake levels will be the subject of talks.'],
      ['GENEVA, Ohio — The Geneva Area City Schools board reached a deal after negotiations.'],
      ['GENEVA, Ga. — Talks between the county and the mill owner broke down.'],
      ['Russia’s strikes in Ukraine violate the Geneva and Hague Conventions, lawyers said.'],
    ];
    for (const page of pages) {
      expect(findMentions(page, matcher).triggered, page[0]).toBe(false);
    }
    // Where the words right after it say which Geneva it is, the page cannot doubt it.
    const both = ['She grew up in Geneva, Illinois.', 'Talks in Geneva, Switzerland, began.'];
    expect(of('geneva', marks(...both))).toEqual(['geneva: Geneva']);
  });

  it('is the German “Genfer” of the talks, not of the lake or the Conventions', () => {
    const talks = 'Die Genfer Gespräche über Sicherheitsgarantien sind zu Ende gegangen.';
    expect(findMentions([talks], matcher).triggered).toBe(true);
    expect(of('geneva', marks(talks))).toEqual(['geneva: Genfer']);
    for (const other of ['Urlaub am Genfer See.', 'Die Genfer Konventionen gelten.']) {
      expect(findMentions([other], matcher).triggered, other).toBe(false);
    }
  });

  it('is Genève before a French “il”, and Geneva after an ordinal', () => {
    expect(of('geneva', marks('À Genève, il a rencontré Sergueï Riabkov.'))).toEqual([
      'geneva: Genève',
    ]);
    expect(of('geneva', marks('The second Geneva round with Ryabkov is not set.'))).toEqual([
      'geneva: Geneva',
    ]);
  });
});

describe('nato', () => {
  it('is NATO in capitals and the British Nato among the allies', () => {
    expect(of('nato', marks('NATO allies met in Brussels.'))).toEqual(['nato: NATO']);
    expect(of('nato', marks('Nato allies met; Ukraine wants to join Nato.'))).toEqual([
      'nato: Nato',
      'nato: Nato',
    ]);
    expect(of('nato', marks('Rússar vilja ekki að Atlantshafsbandalagið stækki.'))).toEqual([
      'nato: Atlantshafsbandalagið',
    ]);
  });

  it('is not Italian “nato” (born), even on a page that names NATO', () => {
    const page = [
      'Il vertice della NATO.',
      'Nato a Roma nel 1950, Ukraine.',
      'Il bambino è nato il 5.',
    ];
    expect(of('nato', marks(...page))).toEqual(['nato: NATO']);
  });

  it('is not “Nato” as Italian “born” before “e” or “per”', () => {
    expect(findMentions(['Nato e cresciuto in Russia, vive a Milano.'], matcher).triggered).toBe(
      false,
    );
  });

  it('is the AFP style “l’Otan”', () => {
    const page = ['GENÈVE (AFP) - Pourparlers à Genève.', "Riabkov a parlé de l'Otan."];
    expect(of('nato', marks(...page))).toEqual(['nato: Otan']);
  });

  it('is the French OTAN before the same words (the Italian counters are for “Nato” only)', () => {
    const page = ['Sergueï Riabkov a parlé de l’OTAN.', 'L’OTAN a rejeté les demandes russes.'];
    expect(of('nato', marks(...page))).toEqual(['nato: OTAN', 'nato: OTAN']);
  });
});
