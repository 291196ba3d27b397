/**
 * What the Commission and the Ministry ask task forces, and what secretaries answer. The
 * first line of a question is the request's title, so it reads as one on its own.
 */
export interface Exchange {
  question: string;
  answer: string;
}

/** Questions about the task force as a whole. */
export const GENERAL_QUESTIONS: Exchange[] = [
  {
    question:
      'Prašome pateikti informaciją apie prevencinius renginius mokyklose.\nKiek renginių surengta šiais mokslo metais ir kiek mokinių juose dalyvavo?',
    answer:
      'Šiais mokslo metais paskaitos ir klasių valandėlės surengtos daugumoje gimnazijų ir progimnazijų; dalyvių skaičiai nurodyti prevencinių veiklų sąraše. Iki mokslo metų pabaigos aplankysime ir likusias mokyklas.',
  },
  {
    question:
      'Kaip darbo grupė bendradarbiauja su nevyriausybinėmis organizacijomis?\nPrašome nurodyti bendrų veiklų pavyzdžių.',
    answer:
      'Nevyriausybinių organizacijų atstovai dalyvauja posėdžiuose stebėtojų teisėmis; kartu rengiame apskritojo stalo diskusijas, o nukentėjusiuosius konsultuoja organizacijų specialistai.',
  },
  {
    question:
      'Ar savivaldybėje patvirtintas pagalbos prekybos žmonėmis aukoms teikimo algoritmas?\nJei taip, prašome nurodyti, kur jis paskelbtas.',
    answer:
      'Algoritmas patvirtintas savivaldybės administracijos direktoriaus įsakymu ir paskelbtas savivaldybės interneto svetainėje; su juo supažindinti visų darbo grupės institucijų specialistai.',
  },
  {
    question:
      'Kiek specialistų per pastaruosius šešis mėnesius mokėsi atpažinti prekybos žmonėmis atvejus?\nPrašome nurodyti, iš kurių institucijų.',
    answer:
      'Mokymuose dalyvavo socialinių paslaugų centro, vaiko teisių apsaugos skyriaus ir policijos komisariato specialistai; tikslūs skaičiai nurodyti veiksmų plano rodiklių ataskaitose.',
  },
];

/** A second round, asked after the first answer, and its answer (by the chair). */
export const FURTHER_QUESTIONS: Exchange[] = [
  {
    question:
      'Dėkojame už atsakymą. Prašome patikslinti, kokių rezultatų tikitės iki metų pabaigos ir kas atsakingas už jų pasiekimą.',
    answer:
      'Iki metų pabaigos numatome įgyvendinti visas šiai sričiai skirtas veiksmų plano priemones; atsakingi nariai nurodyti darbo grupės veiksmų sąraše, eiga aptariama kiekviename posėdyje.',
  },
  {
    question:
      'Ar šis klausimas buvo aptartas darbo grupės posėdyje? Prašome nurodyti, kokie sprendimai priimti.',
    answer:
      'Klausimas aptartas artimiausiame posėdyje; priimtas sprendimas ir paskirti atsakingi nariai matomi patvirtintame posėdžio protokole.',
  },
];

export const itemLate = (title: string, due: string): Exchange => ({
  question: `Kodėl vėluoja priemonė „${title}“?\nTerminas buvo ${due}. Prašome nurodyti vėlavimo priežastis ir naują įvykdymo terminą.`,
  answer:
    'Priemonė vėluoja, nes atsakingoje institucijoje trūko specialistų. Darbai atnaujinti; priemonę numatome įgyvendinti per artimiausią mėnesį ir apie tai pranešime veiksmų sąraše.',
});

export const itemProgress = (title: string, due: string): Exchange => ({
  question: `Kaip įgyvendinama priemonė „${title}“?\nPrašome nurodyti, kas jau atlikta ir ar bus laikomasi termino (${due}).`,
  answer:
    'Priemonė įgyvendinama pagal planą: pasirengimo darbai baigti, dalis veiklų jau įvyko. Terminas bus išlaikytas, rezultatus nurodysime veiksmų sąraše.',
});

export const meetingDecisions = (date: string, number: string): Exchange => ({
  question: `Prašome informuoti, kaip įgyvendinami ${date} posėdžio (Nr. ${number}) sprendimai.\nAr visiems sprendimams paskirti atsakingi asmenys ir terminai?`,
  answer:
    'Posėdžio sprendimai perkelti į darbo grupės veiksmų sąrašą: kiekvienam paskirtas atsakingas narys ir terminas. Įgyvendinimo eiga aptariama kiekviename posėdyje.',
});

export const meetingCancelled = (date: string, reason: string): Exchange => ({
  question: `Kodėl buvo atšauktas ${date} posėdis?\nPrašome nurodyti, kada bus svarstomi jam numatyti klausimai.`,
  answer: `${reason} Neaptarti klausimai įtraukti į kito posėdžio darbotvarkę.`,
});

export const noMeetings = (lastHeld: string | null): Exchange => ({
  question: `${
    lastHeld
      ? `Kodėl darbo grupė nesirenka į posėdžius nuo ${lastHeld}?`
      : 'Kodėl darbo grupė dar nesurengė nė vieno posėdžio?'
  }\nPrašome nurodyti, kada bus sušauktas kitas posėdis ir kaip bus užtikrintas veiksmų plano vykdymas.`,
  answer:
    'Posėdžiai nevyko dėl pirmininko ir sekretoriaus kaitos. Kitas posėdis jau suplanuotas; jame bus aptartos vėluojančios priemonės.',
});

/** As the follow-up service makes it: the first line of the question. */
export const titleOf = (question: string) => question.trim().split('\n')[0].slice(0, 300);
