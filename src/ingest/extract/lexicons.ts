/**
 * Small built-in word lists. They hold the closed-class vocabulary of news prose (speech verbs, titles,
 * decision verbs) and the few proper names that general lexicons miss but news about governments uses daily.
 * All entries are lower case; multiword entries are single-space separated.
 */

/** A comma-separated list; an entry may wrap onto the next line. */
const set = (words: string) => new Set(words.split(',').map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean));

/** Verbs that introduce or attribute speech, in the forms news copy uses. */
export const SPEECH_VERBS = set(`
  said, says, say, told, tells, added, adds, argued, argues, noted, notes, stated, states, explained, explains,
  warned, warns, insisted, insists, asserted, asserts, claimed, claims, declared, declares, announced, announces,
  wrote, writes, tweeted, posted, remarked, continued, continues, replied, replies, responded, answered,
  acknowledged, acknowledges, admitted, admits, conceded, concedes, maintained, maintains, contended, contends,
  stressed, stresses, emphasized, emphasised, emphasizes, emphasises, observed, recalled, recalls, complained,
  complains, countered, counters, cautioned, cautions, predicted, predicts, promised, promises, vowed, vows,
  pledged, pledges, urged, urges, suggested, suggests, mentioned, mentions, highlighted, highlights, described,
  describes, called, calls, labeled, labelled, labels, termed, terms, confirmed, confirms, denied, denies,
  disclosed, revealed, reported, testified, testifies, joked, quipped, lamented, laments, boasted, concluded,
  charged, alleged, alleges, accused, accuses, criticized, criticised, criticizes, condemned, condemns, slammed,
  slams, blasted, praised, praises, welcomed, welcomes, hailed, hails, dismissed, dismisses, rejected, rejects,
  asked, asks, wondered, recounted, estimated, estimates, agreed, agrees, echoed, echoes, branded, brands,
  decried, decries, derided, derides, questioned, questions, demanded, demands, pointed, went, put, blamed,
  blames, signaled, signalled, signals, indicated, indicates, assured, assures, reiterated, reiterates,
  underscored, underscores, announced, informed, briefed, shouted, whispered, texted, emailed, stated,
  thinks, believes
`);

/** Verbs after which an unquoted clause is reported speech (`X said that ...`). */
export const REPORTING_VERBS = set(`
  saying, adding, arguing, noting, warning, insisting, claiming, explaining, stressing, acknowledging,
  said, says, told, tells, added, adds, argued, argues, noted, notes, stated, states, explained, explains,
  warned, warns, insisted, insists, asserted, asserts, claimed, claims, declared, declares, announced, announces,
  wrote, writes, acknowledged, acknowledges, admitted, admits, conceded, concedes, maintained, maintains,
  contended, contends, stressed, stresses, emphasized, emphasised, emphasizes, emphasises, mentioned, mentions,
  predicted, predicts, cautioned, cautions, confirmed, confirms, denied, denies, suggested, suggests,
  testified, testifies, reported, reiterated, reiterates, assured, assures, indicated, indicates, signaled,
  signalled, promised, promises, pledged, pledges, vowed, vows, recalled, recalls, complained, complains,
  countered, counters, replied, replies, responded, observed, disclosed, revealed, underscored, agreed
`);

/** Reporting verbs that carry a reported clause even without "that" (`she said the plan would fail`). */
export const BARE_CLAUSE_VERBS = set(`saying, adding, arguing, insisting, said, says, told, tells, added, adds, argued, argues, insisted, insists, warned, warns, wrote, writes, noted, notes`);

/** Verbs that put a quoted fragment in someone's mouth (`called it "reckless"`, `highlighted the "impact"`). */
export const FRAGMENT_VERBS = new Set([
  ...SPEECH_VERBS,
  ...set(`
    criticized, criticised, called, described, labeled, labelled, branded, termed, dismissed, derided, hailed,
    praised, deemed, slammed, denounced, decried, highlighted, warned, promised, pledged, vowed, insisted,
    stressed, emphasized, emphasised, urged, welcomed, referred, characterized, characterised, likened,
    compared, mocked, blasted, lauded, touted, cited, invoked, defended, rejected, condemned, questioned
  `),
]);

/** Words and phrases before a quotation that make it a name, not a statement. */
export const NAMING_CUES = set(`
  dubbed, nicknamed, so-called, known as, code-named, codenamed, titled, entitled, named, branded as, billed as,
  book, novel, film, movie, documentary, report, study, paper, album, song, show, series, podcast, law, act, bill,
  ordinance, resolution, measure, operation, program, programme, campaign, plan, initiative, strategy, doctrine,
  slogan, motto, hashtag, headline, project, scheme, pact, accord, treaty, exercise, column, op-ed, essay,
  article, festival, exhibition, conference, summit, platform, app, brand, motto, memo, framework, package
`);

/** Title and role words that can stand before a person's name or as "the X" in place of it. */
export const PERSON_TITLES = set(`
  president, vice president, president-elect, prime minister, premier, minister, deputy minister, secretary,
  undersecretary, under secretary, assistant secretary, chancellor, vice chancellor, senator, sen., representative,
  rep., congressman, congresswoman, lawmaker, governor, gov., lieutenant governor, lt. gov., mayor, deputy mayor,
  councilmember, council member, councilwoman, councilman, councillor, councilor, alderman, alderwoman,
  judge, justice, chief justice, magistrate, attorney general, prosecutor, district attorney, sheriff,
  commissioner, general, gen., lt. gen., maj. gen., brig. gen., admiral, adm., rear adm., vice adm., colonel,
  col., lt. col., lieutenant, lt., captain, capt., major, maj., sergeant, sgt., commander, cmdr., ambassador,
  envoy, special envoy, spokesman, spokeswoman, spokesperson, press secretary, director, deputy director,
  director general, director-general, chief, chief executive, chief executive officer, ceo, cfo, cto, coo,
  chairman, chairwoman, chair, chairperson, vice chair, founder, co-founder, executive, king, queen, prince,
  princess, emir, sheikh, pope, cardinal, archbishop, bishop, rabbi, imam, reverend, rev., dr., mr., mrs., ms.,
  miss, prof., professor, dean, provost, superintendent, inspector, officer, chief of staff, speaker, leader,
  majority leader, minority leader, whip, head, boss, administrator, official, adviser, advisor,
  economist, analyst, researcher, scientist, lawyer, attorney, doctor, nurse, activist, campaigner, organizer,
  organiser, spokesman, strategist, negotiator, diplomat, auditor, treasurer, comptroller, controller, clerk,
  registrar, coroner, marshal, warden, principal, president and ceo, managing director, partner, owner,
  manager, engineer, historian, author, editor, reporter, correspondent, columnist, coach, captain, pilot,
  physician, epidemiologist, virologist, surgeon, economist, member, deputy, aide, staffer, counsel,
  general counsel, solicitor general, inspector general, surgeon general, foreign minister, defense minister,
  defence minister, health minister, finance minister, interior minister, economy minister, trade minister,
  defense secretary, defence secretary, foreign secretary, home secretary, health secretary, state secretary,
  secretary of state, secretary-general, secretary general, high commissioner, commissioner, governor-general
`);

/** Title words that, capitalized before a name, end the title and start the name (`Health Minister Karl ...`). */
export const TITLE_HEADS = set(`
  president, president-elect, vice-president, premier, minister, secretary, secretary-general, undersecretary,
  chancellor, senator, sen., representative, rep., congressman, congresswoman, governor, gov., mayor,
  councilmember, councilwoman, councilman, councillor, councilor, alderman, alderwoman, judge, justice,
  magistrate, prosecutor, sheriff, commissioner, general, gen., admiral, adm., colonel, col., lieutenant, lt.,
  captain, capt., major, maj., sergeant, sgt., commander, cmdr., ambassador, envoy, spokesman, spokeswoman,
  spokesperson, director, director-general, chief, ceo, cfo, cto, coo, chairman, chairwoman, chair,
  chairperson, founder, king, queen, prince, princess, emir, sheikh, pope, cardinal, archbishop, bishop, rabbi,
  imam, rev., dr., mr., mrs., ms., miss, prof., professor, dean, superintendent, inspector, speaker, leader,
  premier, attorney, counsel, auditor, treasurer, comptroller, marshal, officer, trustee, regent, deputy,
  economist, analyst, researcher, lawyer, scientist, executive, head, coach, manager, supervisor, administrator
`);

/** Honorifics that say a person's gender. */
export const MALE_HONORIFICS = set(`mr., mr, sir, king, prince, lord, father, brother, congressman, councilman, chairman, spokesman, alderman, businessman`);
export const FEMALE_HONORIFICS = set(`mrs., mrs, ms., ms, miss, madam, dame, lady, queen, princess, sister, congresswoman, councilwoman, chairwoman, spokeswoman, alderwoman, businesswoman`);

/** Capitalized head words that make a name an organization (`Ministry of Health`, `Washington Post`). */
export const ORG_HEADS = set(`
  ministry, department, dept., council, commission, committee, subcommittee, agency, administration, authority,
  bureau, office, service, services, court, tribunal, parliament, senate, congress, assembly, cabinet,
  government, police, army, navy, marines, corps, command, guard, bank, fund, institute, institutes, university,
  college, school, hospital, clinic, foundation, association, union, federation, organization, organisation,
  league, party, group, corporation, corp., corp, inc., inc, ltd., ltd, llc, plc, co., company, companies,
  industries, technologies, motors, airlines, airways, labs, laboratories, pharmaceuticals, pharma, energy,
  post, times, journal, news, herald, tribune, gazette, telegraph, guardian, press, chronicle, review, radio,
  television, tv, network, broadcasting, media, board, center, centre, coalition, alliance, secretariat,
  directorate, inspectorate, chamber, exchange, reserve, forces, force, brigade, battalion, regiment,
  division, fleet, railways, railway, transit, utilities, utility, authority, trust, council, caucus,
  legislature, assembly, diet, duma, bundestag, knesset, commons, lords, cortes, sejm, agency, observatory,
  monitor, watch, network, institute, academy, society, federation, consortium, partners, holdings, capital,
  ventures, systems, group, bancorp, insurance, health, care, pharmacy, times, daily, weekly, magazine,
  broadcaster, outlet, newspaper, wire, studio, studios, records, club, team, fc, council, registry, prosecutors,
  customs, treasury, embassy, consulate, mission, delegation, regulator, watchdog, commission, taskforce,
  task force, therapeutics, biotech, biosciences, sciences, solutions, analytics, robotics, aerospace,
  dynamics, electronics, semiconductor, semiconductors, software, networks, logistics, airlines, power,
  petroleum, oil, mining, steel, chemicals, foods, brands, entertainment, pictures, games, motors,
  automotive, pharmaceutical, bancorp, financial, securities, investments, partners, associates, realtors,
  ledger, courier, observer, examiner, dispatch, inquirer, register, bulletin, mirror, express, standard,
  globe, beacon, sentinel, star, sun, tribune, reporter, post-gazette, wire, agency, alliance, initiative,
  caucus, front, movement, council, bloc, cooperative, collective, lab, laboratory, institute, hospital,
  clinic, school, academy, seminary, conservatory, museum, library, zoo, church, mosque, temple, synagogue,
  diocese, ministries, centre, center, authority, commission, service, services, bureau, guard, corps,
  zeitung, tageblatt, monde, figaro, corriere, repubblica, pais, país, shimbun, izvestia, pravda, kommersant,
  gazeta, nachrichten, allgemeine, rundschau, presse, kurier, standaard, volkskrant, democrats, republicans,
  conservatives, liberals, greens, socialists, progressives, tories, affairs
`);

/** Organizational heads that, alone and capitalized, name a party or movement ("the Democrats", "the Greens"). */
export const PARTY_WORDS = set(`democrats, republicans, conservatives, liberals, greens, socialists, progressives, tories, labour, communists`);

/** Lower-case heads that turn a preceding proper name or demonym into an agency (`Trump administration`). */
export const ORG_TRAILING_HEADS = set(`
  administration, government, military, army, navy, air force, parliament, cabinet, ministry, police, embassy,
  legislature, senate, congress, regime, junta, authorities, coast guard, national guard, armed forces, party,
  board, campaign
`);

/** Lower-case nouns after an unknown name that make it an organization (`the Aftenposten newspaper`). */
export const ORG_APPOSITION_NOUNS = set(`
  newspaper, paper, broadcaster, network, outlet, magazine, website, company, firm, group, party, agency,
  ministry, union, association, utility, manufacturer, maker, airline, carrier, bank, fund, organization,
  organisation, charity, foundation, institute, university, hospital, startup, start-up, developer, retailer,
  insurer, automaker, drugmaker, chipmaker, producer, supplier, operator, regulator, watchdog, lobby, coalition,
  alliance, council, committee, commission, court, tribunal, club, team, consortium, conglomerate, giant,
  platform, publisher, studio, label, brand, chain, distributor, contractor, exporter, importer, lab,
  laboratory, think tank, nonprofit, non-profit, advocacy group, campaign group, umbrella group, trade group,
  lobby group, industry group, pressure group, authority, broadcaster, service, body, bloc, movement,
  federation, cooperative, newspaper
`);

/** Domain words of lower-case government bodies: "the energy ministry", "the transportation department". */
export const AGENCY_DOMAINS = set(`
  energy, defense, defence, health, interior, foreign, finance, transportation, transport, justice, education,
  economy, economic, trade, agriculture, environment, environmental, labor, labour, culture, housing, industry,
  commerce, treasury, home, foreign affairs, internal affairs, public health, public safety, police, fire,
  planning, parks, water, data protection, privacy, competition, antitrust, securities, aviation, maritime,
  transit, tax, customs, immigration, election, electoral, ethics, budget, audit, science, technology, digital,
  communications, telecommunications, infrastructure, social affairs, social services, veterans affairs,
  emergency management, human medicines, medicines, drug, food safety, nuclear, atomic energy, presidential,
  development, development services, building, permits, licensing, public works, sanitation, streets,
  transportation, planning and development, code enforcement, consumer protection, workplace safety,
  prime minister's, mayor's, governor's, president's, chancellor's, district, state, federal, city, county
`);

/** Heads of those lower-case bodies. */
export const AGENCY_DOMAIN_HEADS = set(`ministry, department, office, committee, authority, agency, commission, council, board, regulator, directorate, inspectorate, bureau, service, watchdog`);

/** Place-like surnames: "Jenna Park", "Anna Hill". */
export const SURNAME_PLACE_HEADS = set(`park, hill, bridge, hall, field, ford, brook, wood, woods, lake`);

/** Agencies and outlets known by a short name that carries no organizational head word. */
export const KNOWN_AGENCIES = set(`
  pentagon, kremlin, white house, congress, senate, parliament, bundestag, knesset, duma, state duma, nato,
  eu, european union, european commission, european parliament, european council, un, united nations,
  u.n., security council, un security council, u.n. security council, who, world health organization, imf,
  international monetary fund, world bank, wto, world trade organization, opec, g7, g20, asean, african union,
  reuters, bloomberg, ap, associated press, afp, agence france-presse, bbc, cnn, nbc, abc, cbs, fox news, npr,
  politico, axios, the washington post, washington post, new york times, the new york times, wall street journal,
  financial times, the guardian, the economist, al jazeera, downing street, elysee, élysée, elysée palace,
  whitehall, supreme court, fbi, cia, nsa, fda, epa, cdc, nih, doj, sec, ftc, faa, fcc, nasa, interpol, europol,
  hamas, hezbollah, taliban, google, apple, microsoft, amazon, meta, openai, tesla, boeing, airbus,
  lockheed martin, raytheon, rtx, rheinmetall, bae systems, northrop grumman, general dynamics, nvidia, samsung,
  toyota, volkswagen, pfizer, moderna, astrazeneca, gavi, unicef, unhcr, icrc, red cross, amnesty international,
  human rights watch, greenpeace, oxfam, msf, doctors without borders, iaea, icc, icj, ecb, federal reserve,
  fed, bank of england, treasury, us treasury, state department, justice department, defense department,
  department of defense, homeland security, national security council, nsc, joint chiefs of staff, kyiv
  independent, tass, ria novosti, xinhua, yonhap, kyodo, nikkei, der spiegel, le monde, politico europe,
  the times, the telegraph, the independent, sky news, cnbc, euronews, dw, deutsche welle, france 24,
  ministry of defence, mod, mi6, mi5, gchq, bundeswehr, idf, zelensky administration, the hague
`);

/** Outlet nouns: "the outlet", "the newspaper" refer back to the latest outlet. */
export const OUTLET_WORDS = set(`outlet, newspaper, paper, broadcaster, network, agency, wire service, magazine, website, publication`);
export const KNOWN_OUTLETS = set(`
  reuters, bloomberg, ap, associated press, afp, bbc, cnn, nbc, abc, cbs, fox news, npr, politico, axios,
  washington post, the washington post, new york times, the new york times, wall street journal, financial times,
  the guardian, guardian, the economist, al jazeera, tass, xinhua, yonhap, kyodo, nikkei, der spiegel, le monde,
  the times, the telegraph, the independent, sky news, cnbc, euronews, dw, deutsche welle, france 24,
  kyiv independent, ria novosti
`);

/** Places that general lexicons miss or spell differently, with their canonical names. */
export const PLACE_ALIASES: Record<string, string> = {
  'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  'united states': 'United States', 'united states of america': 'United States', america: 'United States',
  'u.k.': 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom', 'uae': 'United Arab Emirates', 'u.a.e.': 'United Arab Emirates',
  'drc': 'Democratic Republic of the Congo', 'prc': 'China', 'kyiv': 'Kyiv', kiev: 'Kyiv',
};

/** Regions, front-line towns and seas that show up in world news. */
export const KNOWN_PLACES = set(`
  donbas, donbass, donetsk, luhansk, zaporizhzhia, kherson, kharkiv, odesa, odessa, mykolaiv, dnipro, lviv,
  bakhmut, avdiivka, pokrovsk, kupiansk, sumy, chernihiv, mariupol, crimea, kursk, belgorod, bryansk,
  gaza, gaza strip, west bank, rafah, khan younis, jerusalem, golan heights, sinai, middle east, near east,
  balkans, baltics, sahel, arctic, antarctica, indo-pacific, asia-pacific, taiwan strait, south china sea,
  east china sea, black sea, red sea, baltic sea, mediterranean, persian gulf, strait of hormuz, korean peninsula,
  western europe, eastern europe, central asia, southeast asia, latin america, north africa, west africa,
  east africa, horn of africa, europe, asia, africa, americas, oceania, kashmir, tigray, darfur, xinjiang, tibet,
  hong kong, macau, kosovo, transnistria, nagorno-karabakh, silicon valley, wall street, brussels, geneva,
  the hague, davos, scotland, wales, england, northern ireland, catalonia, bavaria, quebec, ontario, california,
  texas, new york, florida, washington state, new delhi, beijing, moscow, kyiv, london, paris, berlin, tokyo
`);

/** Countries that general lexicons file under other words ("Jordan" the name, "Chad" the name). */
export const MORE_COUNTRIES = set(`bosnia, bosnia and herzegovina, chad, congo, democratic republic of the congo, eswatini, georgia, jordan, laos, north macedonia, philippines, ivory coast, cote d'ivoire, east timor, timor-leste, cape verde, vatican`);
/** Country names that are also given names: a name when a surname follows ("Jordan Smith"). */
export const COUNTRIES_THAT_ARE_NAMES = set(`jordan, chad, georgia, israel, india, kenya, america`);

/** Capitals that stand for their governments in news copy ("Amman agreed", "Moscow denied"). */
export const CAPITALS: Record<string, string> = {
  washington: 'United States', moscow: 'Russia', beijing: 'China', kyiv: 'Ukraine', kiev: 'Ukraine', london: 'United Kingdom',
  paris: 'France', berlin: 'Germany', rome: 'Italy', madrid: 'Spain', tokyo: 'Japan', seoul: 'South Korea', pyongyang: 'North Korea',
  tehran: 'Iran', ankara: 'Turkey', cairo: 'Egypt', amman: 'Jordan', riyadh: 'Saudi Arabia', baghdad: 'Iraq', damascus: 'Syria',
  beirut: 'Lebanon', jerusalem: 'Israel', brussels: 'Belgium', warsaw: 'Poland', budapest: 'Hungary', prague: 'Czech Republic',
  vienna: 'Austria', stockholm: 'Sweden', oslo: 'Norway', helsinki: 'Finland', copenhagen: 'Denmark', ottawa: 'Canada',
  canberra: 'Australia', 'new delhi': 'India', islamabad: 'Pakistan', kabul: 'Afghanistan', taipei: 'Taiwan', manila: 'Philippines',
  jakarta: 'Indonesia', hanoi: 'Vietnam', bangkok: 'Thailand', minsk: 'Belarus', tbilisi: 'Georgia', yerevan: 'Armenia', baku: 'Azerbaijan',
  chisinau: 'Moldova', bucharest: 'Romania', sofia: 'Bulgaria', athens: 'Greece', belgrade: 'Serbia', zagreb: 'Croatia', lisbon: 'Portugal',
  dublin: 'Ireland', 'the hague': 'Netherlands', amsterdam: 'Netherlands', bern: 'Switzerland', vilnius: 'Lithuania', riga: 'Latvia',
  tallinn: 'Estonia', nairobi: 'Kenya', abuja: 'Nigeria', pretoria: 'South Africa', 'addis ababa': 'Ethiopia', khartoum: 'Sudan',
  'mexico city': 'Mexico', brasilia: 'Brazil', 'buenos aires': 'Argentina', caracas: 'Venezuela', havana: 'Cuba', bogota: 'Colombia',
  santiago: 'Chile', lima: 'Peru', doha: 'Qatar', 'abu dhabi': 'United Arab Emirates', muscat: 'Oman', sanaa: 'Yemen', tripoli: 'Libya',
};

/** Place suffix words: a capitalized run ending with one is a place (`Korean Peninsula`, `Kursk Region`). */
export const PLACE_HEADS = set(`
  region, province, oblast, district, county, state, peninsula, strait, sea, ocean, gulf, bay, island,
  islands, river, valley, mountains, desert, coast, strip, city, township, borough, village, town, canton,
  prefecture, territory, territories, republic, kingdom, emirates, basin, plateau, highlands, lake, channel,
  park, square, avenue, street, bridge, harbor, harbour, port, airport, corridor, neighborhood, neighbourhood,
  hall
`);

/** Lower-case place heads after a proper name (`Russia's Kursk region`, `Kharkiv oblast`). */
export const PLACE_TRAILING_HEADS = set(`region, province, oblast, district, county, state, peninsula, city, village, town, area, border`);

/** Named weapon systems and families that carry no head noun of their own. */
export const KNOWN_WEAPONS = set(`
  atacms, himars, mlrs, nasams, iris-t, patriot, javelin, stinger, nlaw, storm shadow, scalp, taurus, tomahawk,
  harpoon, neptune, leopard, leopard 2, abrams, challenger, challenger 2, bradley, stryker, marder, gepard,
  bayraktar, bayraktar tb2, tb2, shahed, shahed-136, lancet, orlan, iskander, kinzhal, kalibr, zircon, sarmat,
  s-300, s-400, s-500, f-16, f-35, f-15, f-18, f/a-18, mig-29, su-27, su-34, su-35, su-57, gripen, rafale,
  typhoon, eurofighter, mirage, harrier, reaper, mq-9, switchblade, phoenix ghost, hellfire, excalibur, m777,
  caesar, krab, pzh 2000, archer, m109, t-72, t-80, t-90, bmp, btr, iron dome, david's sling, arrow, thaad,
  aegis, sm-3, sm-6, hawk, avenger, sea sparrow, meteor, amraam, jdam, glsdb, gmlrs, vampire, buk, tor, pantsir,
  oreshnik, kh-101, kh-22, hwasong, minuteman, trident, sentinel, b-52, b-2, b-21, apache, black hawk, chinook,
  tu-95, tu-22, mig-31
`);

/** Head nouns of weapon-system phrases (`long-range missiles`, `antipersonnel land mines`). */
export const WEAPON_HEADS = set(`
  missile, missiles, mine, mines, landmine, landmines, drone, drones, tank, tanks, jet, jets, fighter, fighters,
  rocket, rockets, howitzer, howitzers, warship, warships, submarine, submarines, bomber, bombers, munition,
  munitions, bomb, bombs, torpedo, torpedoes, interceptor, interceptors, launcher, launchers, helicopter,
  helicopters, gunship, gunships, warhead, warheads, shells, artillery, frigate, frigates, destroyer,
  destroyers, carrier, carriers, uav, uavs, mortar, mortars, grenade, grenades, rifles, vehicles, aircraft,
  system, systems, batteries, battery, weapon, weapons
`);
/** Weak heads that only name a weapon system with a weapon modifier (`air defense systems`, `fighter aircraft`). */
export const WEAK_WEAPON_HEADS = set(`system, systems, batteries, battery, vehicles, aircraft, rifles, weapon, weapons, carrier, carriers, shells, fighter, fighters`);

/** Modifiers that belong to a weapon-system name. */
export const WEAPON_MODIFIERS = set(`
  antipersonnel, anti-personnel, land, ballistic, cruise, hypersonic, cluster, fighter, attack, combat, battle,
  air, defense, defence, air-defense, air-defence, surface-to-air, air-to-air, anti-aircraft, anti-tank,
  antitank, anti-ship, anti-armor, armed, unmanned, naval, nuclear, guided, precision, precision-guided,
  artillery, rocket, tactical, main, kamikaze, loitering, interceptor, sea, long-range, short-range,
  medium-range, intermediate-range, intercontinental, self-propelled, armored, armoured, stealth, strategic,
  heavy, light, infantry, fighting, reconnaissance, surveillance, strike, multiple, launch, missile, mine,
  shoulder-fired, portable, man-portable, incendiary, white, phosphorus, chemical, biological, thermobaric,
  glide, smart, dumb, unguided, mobile, truck-mounted, sea-launched, air-launched, ground-launched,
  submarine-launched, non-persistent, nonpersistent, persistent, explosive, suicide, attack, first-person-view,
  fpv, patrol, maritime, underwater, coastal, anti-drone, counter-drone, radar, helicopter, transport,
  bunker-buster, bunker-busting, depleted, uranium, tungsten, 155mm, 155-millimeter, 120mm, high-mobility
`);

/** Words that are sentence-initial capitals, months, days and the like: never names on their own. */
export const NEVER_NAMES = set(`
  the, a, an, this, that, these, those, it, its, he, she, they, we, i, you, his, her, their, our, my, your,
  in, on, at, by, for, from, to, of, with, without, after, before, during, since, until, while, when, where,
  but, and, or, so, yet, if, as, because, although, though, however, meanwhile, still, also, then, now, here,
  there, according, asked, mr, mrs, ms, dr, monday, tuesday, wednesday, thursday, friday, saturday, sunday,
  january, february, march, april, may, june, july, august, september, october, november, december, jan,
  feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, today, yesterday, tomorrow, last, next, earlier,
  later, one, two, three, four, five, six, seven, eight, nine, ten, some, many, several, most, more, other,
  another, each, every, all, both, no, not, officials, official, critics, experts, residents, analysts,
  lawmakers, some, under, over, about, into, through, between, among, against, across, behind, beyond,
  despite, amid, instead, whether, why, how, what, which, who, whom, whose, there's, it's, that's, yes, oh,
  thank, thanks, please, dear, sir, madam, ukrainians, russians, americans, europeans, christians, muslims,
  jews, just, only, even, once, twice, first,
  then, both, neither, either, ok, okay, breaking, update, exclusive, analysis, opinion,
  editorial, photo, video, read, more, related, source, sources, note, correction
`);

/** Demonyms → the country name, so "the German government" and "Germany" are one actor. */
export const DEMONYM_COUNTRY: Record<string, string> = {
  american: 'United States', 'u.s.': 'United States', us: 'United States', british: 'United Kingdom',
  german: 'Germany', french: 'France', russian: 'Russia', ukrainian: 'Ukraine', chinese: 'China',
  japanese: 'Japan', indian: 'India', israeli: 'Israel', iranian: 'Iran', polish: 'Poland', italian: 'Italy',
  spanish: 'Spain', dutch: 'Netherlands', canadian: 'Canada', australian: 'Australia', turkish: 'Turkey',
  korean: 'South Korea', 'south korean': 'South Korea', 'north korean': 'North Korea', brazilian: 'Brazil',
  mexican: 'Mexico', swedish: 'Sweden', norwegian: 'Norway', finnish: 'Finland', danish: 'Denmark',
  belgian: 'Belgium', austrian: 'Austria', swiss: 'Switzerland', greek: 'Greece', hungarian: 'Hungary',
  czech: 'Czech Republic', slovak: 'Slovakia', romanian: 'Romania', bulgarian: 'Bulgaria', estonian: 'Estonia',
  latvian: 'Latvia', lithuanian: 'Lithuania', belarusian: 'Belarus', georgian: 'Georgia', egyptian: 'Egypt',
  saudi: 'Saudi Arabia', pakistani: 'Pakistan', afghan: 'Afghanistan', iraqi: 'Iraq', syrian: 'Syria',
  lebanese: 'Lebanon', jordanian: 'Jordan', nigerian: 'Nigeria', kenyan: 'Kenya', 'south african': 'South Africa',
  ethiopian: 'Ethiopia', irish: 'Ireland', portuguese: 'Portugal', taiwanese: 'Taiwan', vietnamese: 'Vietnam',
  indonesian: 'Indonesia', filipino: 'Philippines', thai: 'Thailand', argentine: 'Argentina', chilean: 'Chile',
  colombian: 'Colombia', venezuelan: 'Venezuela', palestinian: 'Palestine', european: 'Europe',
  icelandic: 'Iceland', croatian: 'Croatia', serbian: 'Serbia', slovenian: 'Slovenia',
  bosnian: 'Bosnia and Herzegovina', albanian: 'Albania', moldovan: 'Moldova',
  azerbaijani: 'Azerbaijan', kazakh: 'Kazakhstan', uzbek: 'Uzbekistan', qatari: 'Qatar', emirati: 'United Arab Emirates',
  kuwaiti: 'Kuwait', omani: 'Oman', yemeni: 'Yemen', libyan: 'Libya', tunisian: 'Tunisia', algerian: 'Algeria',
  moroccan: 'Morocco', sudanese: 'Sudan', ghanaian: 'Ghana', senegalese: 'Senegal', malian: 'Mali',
  ugandan: 'Uganda', tanzanian: 'Tanzania', rwandan: 'Rwanda', congolese: 'Congo', angolan: 'Angola',
  zimbabwean: 'Zimbabwe', cuban: 'Cuba', peruvian: 'Peru', bolivian: 'Bolivia', ecuadorian: 'Ecuador',
  uruguayan: 'Uruguay', paraguayan: 'Paraguay', malaysian: 'Malaysia', singaporean: 'Singapore',
  bangladeshi: 'Bangladesh', 'sri lankan': 'Sri Lanka', nepalese: 'Nepal', mongolian: 'Mongolia',
  'new zealand': 'New Zealand', luxembourgish: 'Luxembourg', maltese: 'Malta', cypriot: 'Cyprus',
  flemish: 'Flanders', scottish: 'Scotland', welsh: 'Wales', english: 'England', bavarian: 'Bavaria',
};

/** Nouns that name an unnamed source (`a senior official`, `two diplomats`). Singular → plural. */
export const SOURCE_NOUNS: Record<string, string> = {
  official: 'officials', source: 'sources', diplomat: 'diplomats', aide: 'aides', adviser: 'advisers',
  advisor: 'advisors', spokesperson: 'spokespeople', spokesman: 'spokesmen', spokeswoman: 'spokeswomen',
  officer: 'officers', lawmaker: 'lawmakers', legislator: 'legislators', staffer: 'staffers',
  employee: 'employees', executive: 'executives', insider: 'insiders', person: 'people', analyst: 'analysts',
  negotiator: 'negotiators', investigator: 'investigators', commander: 'commanders', resident: 'residents',
  witness: 'witnesses', worker: 'workers', engineer: 'engineers', researcher: 'researchers', expert: 'experts',
  scientist: 'scientists', doctor: 'doctors', nurse: 'nurses', teacher: 'teachers', parent: 'parents',
  student: 'students', critic: 'critics', activist: 'activists', lawyer: 'lawyers', attorney: 'attorneys',
  member: 'members', representative: 'representatives', economist: 'economists',
  soldier: 'soldiers', observer: 'observers', envoy: 'envoys', minister: 'ministers', manager: 'managers',
  director: 'directors', organizer: 'organizers', organiser: 'organisers', campaigner: 'campaigners',
  owner: 'owners', trader: 'traders', farmer: 'farmers', physician: 'physicians', prosecutor: 'prosecutors',
  driver: 'drivers', rider: 'riders', shopper: 'shoppers', voter: 'voters', tenant: 'tenants', landlord: 'landlords',
  customer: 'customers', user: 'users', patient: 'patients', survivor: 'survivors', victim: 'victims',
  volunteer: 'volunteers', firefighter: 'firefighters', paramedic: 'paramedics', clerk: 'clerks', vendor: 'vendors',
  merchant: 'merchants', developer: 'developers', consumer: 'consumers', citizen: 'citizens', pilot: 'pilots',
  guard: 'guards', mechanic: 'mechanics', protester: 'protesters', demonstrator: 'demonstrators',
  advocate: 'advocates', passenger: 'passengers', leader: 'leaders', auditor: 'auditors', inspector: 'inspectors',
  banker: 'bankers',
};

/** Agency nouns that stand for the latest agency of that kind (`the ministry said`). */
export const AGENCY_NOUNS = set(`
  ministry, department, council, commission, committee, agency, administration, authority, bureau, office,
  court, tribunal, parliament, senate, congress, assembly, cabinet, government, police, army, navy, military,
  company, firm, group, bank, fund, institute, university, hospital, foundation, association, union, federation,
  organization, organisation, party, board, regulator, watchdog, outlet, newspaper, paper, broadcaster, network,
  city, state, county, alliance, coalition, airline, carrier, manufacturer, maker, startup, utility, district,
  legislature, panel, campaign, embassy, service, secretariat, league, club, team, insurer, retailer, lab,
  laboratory, agency, automaker, chipmaker, drugmaker, developer
`);

/** Lower-case words that may sit inside a weapon, person or organization name run. */
export const NAME_CONNECTORS = set(`of, for, and, de, del, della, da, di, du, van, von, der, den, le, la, bin, al, el, ibn, y, on, the, &`);

/** Common abbreviations that end with a full stop but not a sentence. */
export const ABBREVIATIONS = set(`
  mr, mrs, ms, dr, prof, gen, lt, col, maj, capt, sgt, cmdr, adm, sen, rep, gov, st, jr, sr, rev, hon, fr, ft,
  mt, no, nos, vs, etc, e.g, i.e, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, inc, corp, co,
  ltd, dept, est, approx, fig, u.s, u.k, u.n, e.u, d.c, a.m, p.m, brig, messrs, mme, mlle, op, pp, vol
`);
/** Of those, the ones that often end a sentence too ("... at Acme Inc. The ..."). */
export const SENTENCE_FINAL_ABBREVIATIONS = set(`inc, corp, co, ltd, etc, u.s, u.k, u.n, e.u, d.c, a.m, p.m, jr, sr`);

/** Adverbs and auxiliaries that may sit between a subject and its verb. */
export const VERB_FILLERS = set(`
  has, have, had, was, were, is, are, been, be, also, later, then, reportedly, previously, initially, formally,
  officially, quietly, finally, eventually, publicly, privately, repeatedly, recently, subsequently, swiftly,
  quickly, abruptly, unexpectedly, ultimately, already, once, again, further, earlier, just, now, still, first,
  narrowly, unanimously, effectively, temporarily, partially, partly, fully, largely, openly, sharply, briefly,
  flatly, firmly, bluntly, angrily, calmly, simply, only, even, emphatically, separately, jointly, twice, since,
  today, yesterday, tonight, long, already, once, never, ever, now
`);

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
