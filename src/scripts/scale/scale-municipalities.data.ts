import type { MunicipalitySeed } from '../../reference-data/data/municipalities.data';

/**
 * The other 50 of Lithuania's 60 municipalities, which an administrator would add before
 * their task forces: national (LAU / Registrų centras) code, Lithuanian and English name,
 * county and ISO 3166-2 code, as in the Eurostat LAU list and ISO 3166-2:LT.
 */
// prettier-ignore
const OTHERS: [string, string, string, string, string][] = [
  ['12', 'Birštono savivaldybė', 'Birštonas', 'Kauno', 'LT-05'],
  ['15', 'Druskininkų savivaldybė', 'Druskininkai', 'Alytaus', 'LT-07'],
  ['23', 'Neringos savivaldybė', 'Neringa', 'Klaipėdos', 'LT-28'],
  ['25', 'Palangos miesto savivaldybė', 'Palanga city', 'Klaipėdos', 'LT-31'],
  ['30', 'Visagino savivaldybė', 'Visaginas', 'Utenos', 'LT-59'],
  ['32', 'Akmenės rajono savivaldybė', 'Akmenė district', 'Šiaulių', 'LT-01'],
  ['33', 'Alytaus rajono savivaldybė', 'Alytus district', 'Alytaus', 'LT-03'],
  ['34', 'Anykščių rajono savivaldybė', 'Anykščiai district', 'Utenos', 'LT-04'],
  ['36', 'Biržų rajono savivaldybė', 'Biržai district', 'Panevėžio', 'LT-06'],
  ['38', 'Varėnos rajono savivaldybė', 'Varėna district', 'Alytaus', 'LT-55'],
  ['39', 'Vilkaviškio rajono savivaldybė', 'Vilkaviškis district', 'Marijampolės', 'LT-56'],
  ['41', 'Vilniaus rajono savivaldybė', 'Vilnius district', 'Vilniaus', 'LT-58'],
  ['42', 'Elektrėnų savivaldybė', 'Elektrėnai', 'Vilniaus', 'LT-08'],
  ['43', 'Zarasų rajono savivaldybė', 'Zarasai district', 'Utenos', 'LT-60'],
  ['45', 'Ignalinos rajono savivaldybė', 'Ignalina district', 'Utenos', 'LT-09'],
  ['46', 'Jonavos rajono savivaldybė', 'Jonava district', 'Kauno', 'LT-10'],
  ['47', 'Joniškio rajono savivaldybė', 'Joniškis district', 'Šiaulių', 'LT-11'],
  ['48', 'Kalvarijos savivaldybė', 'Kalvarija', 'Marijampolės', 'LT-14'],
  ['49', 'Kaišiadorių rajono savivaldybė', 'Kaišiadorys district', 'Kauno', 'LT-13'],
  ['52', 'Kauno rajono savivaldybė', 'Kaunas district', 'Kauno', 'LT-16'],
  ['53', 'Kėdainių rajono savivaldybė', 'Kėdainiai district', 'Kauno', 'LT-18'],
  ['54', 'Kelmės rajono savivaldybė', 'Kelmė district', 'Šiaulių', 'LT-19'],
  ['55', 'Klaipėdos rajono savivaldybė', 'Klaipėda district', 'Klaipėdos', 'LT-21'],
  ['56', 'Kretingos rajono savivaldybė', 'Kretinga district', 'Klaipėdos', 'LT-22'],
  ['57', 'Kupiškio rajono savivaldybė', 'Kupiškis district', 'Panevėžio', 'LT-23'],
  ['58', 'Kazlų Rūdos savivaldybė', 'Kazlų Rūda', 'Marijampolės', 'LT-17'],
  ['59', 'Lazdijų rajono savivaldybė', 'Lazdijai district', 'Alytaus', 'LT-24'],
  ['61', 'Mažeikių rajono savivaldybė', 'Mažeikiai district', 'Telšių', 'LT-26'],
  ['62', 'Molėtų rajono savivaldybė', 'Molėtai district', 'Utenos', 'LT-27'],
  ['63', 'Pagėgių savivaldybė', 'Pagėgiai', 'Tauragės', 'LT-29'],
  ['65', 'Pakruojo rajono savivaldybė', 'Pakruojis district', 'Šiaulių', 'LT-30'],
  ['66', 'Panevėžio rajono savivaldybė', 'Panevėžys district', 'Panevėžio', 'LT-33'],
  ['67', 'Pasvalio rajono savivaldybė', 'Pasvalys district', 'Panevėžio', 'LT-34'],
  ['68', 'Plungės rajono savivaldybė', 'Plungė district', 'Telšių', 'LT-35'],
  ['69', 'Prienų rajono savivaldybė', 'Prienai district', 'Kauno', 'LT-36'],
  ['71', 'Radviliškio rajono savivaldybė', 'Radviliškis district', 'Šiaulių', 'LT-37'],
  ['72', 'Raseinių rajono savivaldybė', 'Raseiniai district', 'Kauno', 'LT-38'],
  ['73', 'Rokiškio rajono savivaldybė', 'Rokiškis district', 'Panevėžio', 'LT-40'],
  ['74', 'Rietavo savivaldybė', 'Rietavas', 'Telšių', 'LT-39'],
  ['75', 'Skuodo rajono savivaldybė', 'Skuodas district', 'Klaipėdos', 'LT-48'],
  ['79', 'Trakų rajono savivaldybė', 'Trakai district', 'Vilniaus', 'LT-52'],
  ['81', 'Ukmergės rajono savivaldybė', 'Ukmergė district', 'Vilniaus', 'LT-53'],
  ['84', 'Šakių rajono savivaldybė', 'Šakiai district', 'Marijampolės', 'LT-41'],
  ['85', 'Šalčininkų rajono savivaldybė', 'Šalčininkai district', 'Vilniaus', 'LT-42'],
  ['86', 'Švenčionių rajono savivaldybė', 'Švenčionys district', 'Vilniaus', 'LT-49'],
  ['87', 'Šilalės rajono savivaldybė', 'Šilalė district', 'Tauragės', 'LT-45'],
  ['88', 'Šilutės rajono savivaldybė', 'Šilutė district', 'Klaipėdos', 'LT-46'],
  ['89', 'Širvintų rajono savivaldybė', 'Širvintos district', 'Vilniaus', 'LT-47'],
  ['91', 'Šiaulių rajono savivaldybė', 'Šiauliai district', 'Šiaulių', 'LT-44'],
  ['94', 'Jurbarko rajono savivaldybė', 'Jurbarkas district', 'Tauragės', 'LT-12'],
];

export const OTHER_MUNICIPALITIES: MunicipalitySeed[] = OTHERS.map(
  ([code, name, nameEn, county, isoCode]) => ({
    code,
    name,
    nameEn,
    county: `${county} apskritis`,
    isoCode,
  }),
);

/**
 * Rough resident numbers in thousands (2020s), only to size each task force's workload:
 * Vilnius city keeps a much busier task force than Neringa.
 */
// prettier-ignore
export const POPULATION_THOUSANDS: Record<string, number> = {
  '13': 600, '19': 305, '21': 160, '29': 100, '27': 88, '11': 51, '18': 55, '77': 38, '78': 38,
  '82': 37, '12': 4, '15': 21, '23': 3, '25': 18, '30': 18, '32': 19, '33': 25, '34': 23,
  '36': 23, '38': 20, '39': 35, '41': 110, '42': 26, '43': 15, '45': 14, '46': 41, '47': 21,
  '48': 10, '49': 29, '52': 100, '53': 47, '54': 25, '55': 62, '56': 38, '57': 16, '58': 11,
  '59': 17, '61': 52, '62': 17, '63': 7, '65': 19, '66': 35, '67': 24, '68': 33, '69': 24,
  '71': 34, '72': 32, '73': 29, '74': 7, '75': 15, '79': 31, '81': 36, '84': 25, '85': 30,
  '86': 23, '87': 21, '88': 37, '89': 15, '91': 41, '94': 25,
};
