import { InstitutionType as T } from '../institutions/institution-type.enum';

/** A small seeded PRNG (mulberry32): the demo data must come out the same on every run. */
export type Random = () => number;

export function seededRandom(seed: string): Random {
  // FNV-1a turns the seed text into the 32-bit state mulberry32 needs.
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// prettier-ignore
const MALE_NAMES = [
  'Tomas', 'Mantas', 'Andrius', 'Darius', 'Giedrius', 'Vytautas', 'Mindaugas', 'Paulius',
  'Rimantas', 'Saulius', 'Arūnas', 'Žilvinas', 'Linas', 'Gintaras', 'Audrius', 'Marius',
  'Dainius', 'Kęstutis', 'Algirdas', 'Šarūnas', 'Justinas', 'Evaldas', 'Ričardas', 'Tadas',
];

// prettier-ignore
const FEMALE_NAMES = [
  'Rūta', 'Jurgita', 'Ingrida', 'Asta', 'Rasa', 'Lina', 'Eglė', 'Vaida', 'Kristina', 'Inga',
  'Aušra', 'Giedrė', 'Dalia', 'Vilma', 'Jūratė', 'Neringa', 'Živilė', 'Laura', 'Simona',
  'Gintarė', 'Agnė', 'Milda', 'Ieva', 'Renata', 'Violeta', 'Daiva',
];

/** Surnames in their male, married female and unmarried female forms. */
// prettier-ignore
const SURNAMES: [string, string, string][] = [
  ['Kazlauskas', 'Kazlauskienė', 'Kazlauskaitė'], ['Jankauskas', 'Jankauskienė', 'Jankauskaitė'],
  ['Petrauskas', 'Petrauskienė', 'Petrauskaitė'], ['Stankevičius', 'Stankevičienė', 'Stankevičiūtė'],
  ['Vasiliauskas', 'Vasiliauskienė', 'Vasiliauskaitė'], ['Žukauskas', 'Žukauskienė', 'Žukauskaitė'],
  ['Butkus', 'Butkienė', 'Butkutė'], ['Paulauskas', 'Paulauskienė', 'Paulauskaitė'],
  ['Urbonas', 'Urbonienė', 'Urbonaitė'], ['Kavaliauskas', 'Kavaliauskienė', 'Kavaliauskaitė'],
  ['Baranauskas', 'Baranauskienė', 'Baranauskaitė'], ['Pocius', 'Pocienė', 'Pociūtė'],
  ['Lukoševičius', 'Lukoševičienė', 'Lukoševičiūtė'], ['Balčiūnas', 'Balčiūnienė', 'Balčiūnaitė'],
  ['Ramanauskas', 'Ramanauskienė', 'Ramanauskaitė'], ['Žilinskas', 'Žilinskienė', 'Žilinskaitė'],
  ['Mockus', 'Mockienė', 'Mockutė'], ['Navickas', 'Navickienė', 'Navickaitė'],
  ['Šimkus', 'Šimkienė', 'Šimkutė'], ['Sakalauskas', 'Sakalauskienė', 'Sakalauskaitė'],
  ['Rimkus', 'Rimkienė', 'Rimkutė'], ['Adomaitis', 'Adomaitienė', 'Adomaitytė'],
  ['Grigas', 'Grigienė', 'Grigaitė'], ['Vaitkus', 'Vaitkienė', 'Vaitkutė'],
  ['Gudaitis', 'Gudaitienė', 'Gudaitytė'], ['Mikalauskas', 'Mikalauskienė', 'Mikalauskaitė'],
  ['Šukys', 'Šukienė', 'Šukytė'], ['Čepulis', 'Čepulienė', 'Čepulytė'],
  ['Jurevičius', 'Jurevičienė', 'Jurevičiūtė'], ['Kairys', 'Kairienė', 'Kairytė'],
  ['Dambrauskas', 'Dambrauskienė', 'Dambrauskaitė'], ['Tamošiūnas', 'Tamošiūnienė', 'Tamošiūnaitė'],
  ['Žemaitis', 'Žemaitienė', 'Žemaitytė'], ['Vilkas', 'Vilkienė', 'Vilkaitė'],
  ['Rutkauskas', 'Rutkauskienė', 'Rutkauskaitė'], ['Stasiūnas', 'Stasiūnienė', 'Stasiūnaitė'],
  ['Matulevičius', 'Matulevičienė', 'Matulevičiūtė'], ['Šapoka', 'Šapokienė', 'Šapokaitė'],
];

export interface DemoName {
  fullName: string;
  female: boolean;
}

/**
 * Hands out plausible Lithuanian names, never the same full name twice, so that people in
 * the demo can be told apart by name.
 */
export function nameGenerator(random: Random, taken = new Set<string>()) {
  return (): DemoName => {
    for (;;) {
      const female = random() < 0.6; // the social professions involved are mostly women
      const surname = pick(random, SURNAMES);
      const fullName = female
        ? `${pick(random, FEMALE_NAMES)} ${surname[random() < 0.7 ? 1 : 2]}`
        : `${pick(random, MALE_NAMES)} ${surname[0]}`;
      if (taken.has(fullName)) continue;
      taken.add(fullName);
      return { fullName, female };
    }
  };
}

/** Letters without diacritics, for e-mail addresses: "Žilvinas Šukys" → "zilvinas.sukys". */
export const asciiSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');

/** Mail domain of a kind of body, always under demo.lt so no real mailbox is ever addressed. */
const DOMAINS: Partial<Record<T, string>> = {
  [T.POLICE]: 'policija',
  [T.PROSECUTION]: 'prokuraturos',
  [T.CHILD_RIGHTS_PROTECTION]: 'vaikoteises',
  [T.SOCIAL_SERVICES]: 'spc',
  [T.EDUCATION]: 'ppt',
  [T.HEALTH]: 'vsb',
  [T.EMPLOYMENT_SERVICE]: 'uzimtumotarnyba',
  [T.MUNICIPAL_ADMINISTRATION]: 'savivaldybe',
  [T.NGO]: 'nvo',
  [T.INTERNATIONAL_ORGANISATION]: 'iom',
};

export function workEmail(fullName: string, type: T, place: string): string {
  return `${asciiSlug(fullName)}@${DOMAINS[type] ?? 'institucija'}.${asciiSlug(place)}.demo.lt`;
}

/** Positions by kind of body, in the male and female forms Lithuanian titles take. */
// prettier-ignore
const POSITIONS: Partial<Record<T, [string, string][]>> = {
  [T.POLICE]: [
    ['Prevencijos skyriaus viršininkas', 'Prevencijos skyriaus viršininkė'],
    ['Organizuoto nusikalstamumo tyrimo skyriaus tyrėjas', 'Organizuoto nusikalstamumo tyrimo skyriaus tyrėja'],
    ['Bendruomenės pareigūnas', 'Bendruomenės pareigūnė'],
  ],
  [T.PROSECUTION]: [['Prokuroras', 'Prokurorė']],
  [T.CHILD_RIGHTS_PROTECTION]: [
    ['Skyriaus vedėjas', 'Skyriaus vedėja'],
    ['Vyriausiasis specialistas', 'Vyriausioji specialistė'],
  ],
  [T.SOCIAL_SERVICES]: [
    ['Direktoriaus pavaduotojas', 'Direktoriaus pavaduotoja'],
    ['Atvejo vadybininkas', 'Atvejo vadybininkė'],
    ['Socialinis darbuotojas', 'Socialinė darbuotoja'],
  ],
  [T.EDUCATION]: [
    ['Psichologas', 'Psichologė'],
    ['Socialinis pedagogas', 'Socialinė pedagogė'],
  ],
  [T.HEALTH]: [['Visuomenės sveikatos specialistas', 'Visuomenės sveikatos specialistė']],
  [T.EMPLOYMENT_SERVICE]: [['Karjeros konsultantas', 'Karjeros konsultantė']],
  [T.MUNICIPAL_ADMINISTRATION]: [
    ['Socialinės paramos skyriaus vyriausiasis specialistas', 'Socialinės paramos skyriaus vyriausioji specialistė'],
    ['Viešosios tvarkos skyriaus specialistas', 'Viešosios tvarkos skyriaus specialistė'],
  ],
  [T.NGO]: [['Projektų koordinatorius', 'Projektų koordinatorė']],
  [T.INTERNATIONAL_ORGANISATION]: [['Projektų vadovas', 'Projektų vadovė']],
};

/** A position at that kind of body, preferring one not yet `taken` in the task force. */
export function positionFor(random: Random, type: T, female: boolean, taken: Set<string>): string {
  const options = POSITIONS[type] ?? [['Specialistas', 'Specialistė']];
  const free = options.filter((forms) => !taken.has(`${type}:${forms[0]}`));
  const forms = pick(random, free.length ? free : options);
  taken.add(`${type}:${forms[0]}`);
  return forms[female ? 1 : 0];
}

/** The municipal posts that lead and run a task force. */
export const CHAIR_POSITION: [string, string] = [
  'Savivaldybės administracijos direktoriaus pavaduotojas',
  'Savivaldybės administracijos direktoriaus pavaduotoja',
];
export const SECRETARY_POSITION: [string, string] = [
  'Socialinės paramos skyriaus vyriausiasis specialistas, darbo grupės sekretorius',
  'Socialinės paramos skyriaus vyriausioji specialistė, darbo grupės sekretorė',
];
