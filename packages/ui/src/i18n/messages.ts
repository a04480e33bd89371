/** The apps' own words, Danish first. Keys are grouped by screen; `{param}` is filled in. */
import { CITIZEN_MESSAGES } from './messages/citizen.ts';
import { CLINIC_MESSAGES } from './messages/clinic.ts';
import { CLINIC_ACCESS_MESSAGES } from './messages/clinic-access.ts';
import { CLINIC_CARE_MESSAGES } from './messages/clinic-care.ts';
import { CLINIC_COMMUNICATION_MESSAGES } from './messages/clinic-communication.ts';
import { EMPLOYMENT_MESSAGES } from './messages/employment.ts';
import { REHAB_MESSAGES } from './messages/rehab.ts';

const COMMON = {
  'app.title': { da: 'Rygforløb', en: 'Rygforløb' },
  'app.language': { da: 'English', en: 'Dansk' },
  'app.signOut': { da: 'Log ud', en: 'Sign out' },
  'app.signOutEverywhere': { da: 'Afslut alle sessioner', en: 'End all sessions' },
  'app.signedOut': { da: 'Du er logget ud.', en: 'You are signed out.' },
  'app.skipToContent': { da: 'Spring til indhold', en: 'Skip to content' },
  'app.saved': { da: 'Gemt.', en: 'Saved.' },
  'app.loading': { da: 'Henter …', en: 'Loading …' },
  'app.error': { da: 'Noget gik galt. Prøv igen.', en: 'Something went wrong. Please try again.' },
  'app.showMore': { da: 'Vis flere', en: 'Show more' },
  'app.notFound': {
    da: 'Forløbet findes ikke, eller du har ikke adgang til det.',
    en: 'The pathway does not exist, or you have no access to it.',
  },
  'app.conflict': {
    da: 'Forløbet er ændret af en anden i mellemtiden. Siden er opdateret; prøv igen.',
    en: 'Someone else changed the pathway meanwhile. The page was refreshed; try again.',
  },
  'app.wrongApp': {
    da: 'Denne app er ikke til din rolle ({actor}). Brug din egen app.',
    en: 'This app is not for your role ({actor}). Use your own app.',
  },
  'login.title': { da: 'Log ind', en: 'Sign in' },
  'login.username': { da: 'Brugernavn', en: 'Username' },
  'login.password': { da: 'Adgangskode', en: 'Password' },
  'login.submit': { da: 'Log ind', en: 'Sign in' },
  'login.failed': { da: 'Forkert brugernavn eller adgangskode.', en: 'Wrong username or password.' },
  'login.limited': {
    da: 'For mange forsøg. Vent lidt, og prøv igen.',
    en: 'Too many attempts. Wait a while and try again.',
  },
  'field.required': { da: 'Skriv noget her.', en: 'Fill in this field.' },
  'field.required.choice': { da: 'Vælg en af mulighederne.', en: 'Choose one of the options.' },
  'field.required.number': { da: 'Skriv et tal.', en: 'Enter a number.' },
  'field.required.date': { da: 'Skriv en dato (dd.mm.åååå).', en: 'Enter a date (dd/mm/yyyy).' },
  'field.number.min': { da: 'Tallet skal være mindst {min}.', en: 'The number must be at least {min}.' },
  'field.number.max': { da: 'Tallet må højst være {max}.', en: 'The number must be at most {max}.' },
  'field.date.min': { da: 'Datoen kan tidligst være {date}.', en: 'The date can be {date} at the earliest.' },
  'field.date.max': { da: 'Datoen kan senest være {date}.', en: 'The date can be {date} at the latest.' },
  'field.invalid': {
    da: 'Det kan feltet ikke indeholde. Ret det.',
    en: 'This field cannot hold that. Correct it.',
  },
  'rule.page': { da: 's. {page}', en: 'p. {page}' },
  'rule.why': { da: 'Hvorfor?', en: 'Why?' },
  'rule.source': {
    da: 'Forløbsprogrammet for lænderygbesvær, Region Syddanmark 2023, s. {page} ({code}).',
    en: 'The low back pain programme, Region of Southern Denmark 2023, p. {page} ({code}).',
  },
  'rule.sourceHard': {
    da: 'Et krav i forløbsprogrammet for lænderygbesvær, Region Syddanmark 2023, s. {page} ({code}).',
    en: 'A requirement of the low back pain programme, Region of Southern Denmark 2023, p. {page} ({code}).',
  },
  'rule.field': { da: 'Felt: {field}', en: 'Field: {field}' },
  'rule.hard': { da: 'Programmets krav', en: 'Program requirement' },
  'advice.title': { da: 'Beslutningsstøtte', en: 'Decision support' },
  'advice.none': { da: 'Ingen råd lige nu.', en: 'No advice right now.' },
  'advice.warning': { da: 'Advarsel', en: 'Warning' },
  'advice.suggestion': { da: 'Forslag', en: 'Suggestion' },
  'advice.clock': { da: 'Frist', en: 'Deadline' },
  'advice.met': { da: 'Opfyldte frister ({n})', en: 'Deadlines met ({n})' },
  'clock.pending': { da: 'Fra {dueFrom}', en: 'From {dueFrom}' },
  'clock.due': { da: 'Senest {dueBy} ({daysLeft} dage)', en: 'By {dueBy} ({daysLeft} days)' },
  'clock.overdue': { da: 'Overskredet siden {dueBy}', en: 'Overdue since {dueBy}' },
  'clock.met': { da: 'Opfyldt {metOn}', en: 'Met {metOn}' },
  // A clock met after its latest day is shown as late, never as on time (CLK-R140-SEND is "same day").
  'clock.metLate': { da: 'Opfyldt for sent {metOn} (frist {dueBy})', en: 'Met late {metOn} (due {dueBy})' },
  'timeline.title': { da: 'Tidslinje', en: 'Timeline' },
  'timeline.withheld': {
    da: 'Oplysninger fra {actor} vises ikke uden borgerens samtykke',
    en: "Information from {actor} is not shown without the citizen's consent",
  },
  'timeline.response.improved': { da: 'borgeren har det bedre', en: 'the citizen is better' },
  'timeline.missed': { da: 'borgeren udeblev', en: 'the citizen did not attend' },
  'timeline.leave.full': { da: 'Fuld', en: 'Full' },
  'timeline.leave.partial': { da: '{hours} t/uge', en: '{hours} h/week' },
  'timeline.leave.weeks': { da: '{weeks} uger', en: '{weeks} weeks' },
  'timeline.response.unchanged': { da: 'borgeren har det uændret', en: 'the citizen is unchanged' },
  'timeline.response.worse': { da: 'borgeren har det værre', en: 'the citizen is worse' },
  'timeline.grade.basic': { da: 'almen', en: 'basic' },
  'timeline.grade.advanced': { da: 'avanceret', en: 'advanced' },
  'citizen.age': { da: '{age} år', en: '{age} years' },
  'citizen.coordinator': { da: 'Tovholder', en: 'Coordinator' },
  'citizen.untriaged': { da: 'Ikke triageret', en: 'Not triaged' },
  'citizen.noConsents': { da: 'ingen', en: 'none' },
  'citizen.consents': { da: 'Samtykker', en: 'Consents' },
} as const satisfies Record<string, { da: string; en: string }>;

export const MESSAGES = {
  ...COMMON,
  ...CLINIC_MESSAGES,
  ...CLINIC_CARE_MESSAGES,
  ...CLINIC_COMMUNICATION_MESSAGES,
  ...CLINIC_ACCESS_MESSAGES,
  ...EMPLOYMENT_MESSAGES,
  ...REHAB_MESSAGES,
  ...CITIZEN_MESSAGES,
} as const;
export type MessageKey = keyof typeof MESSAGES;
