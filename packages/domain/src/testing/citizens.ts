import type { Sex } from '../cpr/cpr.ts';

/**
 * The ONE place for test citizens in the whole repository: unit tests, seeds, demos and UI
 * stories take their people from here.
 *
 * Obviously fictitious: common Danish first names with made-up surnames built on words for
 * "test", "example", "template", "dummy" (Prøve-, Test-, Eksempel-, Skabelon-, Attrap-, Demo-,
 * Fiktiv-, Opdigt-).
 *
 * CPR numbers: every birth date is before 2007 and every serial FAILS modulus 11. Until
 * 1 October 2007 every CPR number issued satisfied modulus 11, so none of these numbers was issued
 * to anyone at birth. Since 2007 the CPR office does issue numbers without modulus 11 to people
 * born before 2007 (immigrants, typically), but only for birth dates whose modulus-11 series ran
 * out, and "normally always" with a 1 January birth date (cpr.dk, "Opbygning af CPR-nummeret" and
 * "Personnumre uden kontrolciffer", updated 10 May 2023: 1 January of various years 1960–1995).
 * No birth date here is a 1 January, so no number here is known to be in use. There is no
 * exception; `citizens.test.ts` checks all of it.
 *
 * Ages are stated on TEST_CITIZENS_REFERENCE_DATE (the day the program came into force); compute
 * ages with `ageOn(birthDate, TEST_CITIZENS_REFERENCE_DATE)`, never against today, or fixtures
 * drift. On that date the list covers 17 (one, born 2006) and 18–85, several born in the 2000s,
 * one born 29 February (1992), and one living outside the Region of Southern Denmark.
 */
export const TEST_CITIZENS_REFERENCE_DATE = '2024-01-01';

export interface TestCitizen {
  id: string;
  name: string;
  /** DDMMYY-SSSS, as written on the health card. */
  cpr: string;
  /** YYYY-MM-DD, agrees with the CPR number. */
  birthDate: string;
  sex: Sex;
  /** Municipality of residence (Danish official name). */
  municipality: string;
  /** Why the fixture is special, when it is. */
  note?: string;
}

const citizen = (
  n: string,
  name: string,
  cpr: string,
  birthDate: string,
  sex: Sex,
  municipality: string,
  note?: string,
): TestCitizen => ({
  id: `test-citizen-${n}`,
  name,
  cpr,
  birthDate,
  sex,
  municipality,
  ...(note ? { note } : {}),
});

export const TEST_CITIZENS: readonly TestCitizen[] = [
  citizen(
    '01',
    'Freja Prøvesen',
    '150606-4170',
    '2006-06-15',
    'female',
    'Odense',
    'age 17 on the reference date (18 on 2024-06-15): SCOPE-ADULT negative case',
  ),
  citizen('02', 'Oliver Testrup', '210805-5171', '2005-08-21', 'male', 'Esbjerg'),
  citizen('03', 'Ida Eksempelsen', '031104-9170', '2004-11-03', 'female', 'Vejle'),
  citizen('04', 'William Fiktivsen', '170502-6171', '2002-05-17', 'male', 'Kolding'),
  citizen('05', 'Emma Demogaard', '300900-4170', '2000-09-30', 'female', 'Svendborg'),
  citizen('06', 'Mads Attrapsen', '120497-0171', '1997-04-12', 'male', 'Sønderborg'),
  citizen('07', 'Sofie Skabelonsen', '080794-1170', '1994-07-08', 'female', 'Aabenraa'),
  citizen(
    '08',
    'Rasmus Prøvegaard',
    '290292-2171',
    '1992-02-29',
    'male',
    'Haderslev',
    'born 29 February (leap-day birthday)',
  ),
  citizen('09', 'Camilla Testholm', '221089-3170', '1989-10-22', 'female', 'Fredericia'),
  citizen('10', 'Anders Opdigtsen', '050386-0173', '1986-03-05', 'male', 'Middelfart'),
  citizen('11', 'Mette Eksempelgaard', '141283-1170', '1983-12-14', 'female', 'Assens'),
  citizen('12', 'Søren Fiktivbjerg', '270680-2171', '1980-06-27', 'male', 'Faaborg-Midtfyn'),
  citizen('13', 'Louise Prøvelund', '090978-4170', '1978-09-09', 'female', 'Kerteminde'),
  citizen('14', 'Thomas Demoholm', '190175-3171', '1975-01-19', 'male', 'Nordfyns'),
  citizen('15', 'Pia Attrapgaard', '310574-0170', '1974-05-31', 'female', 'Nyborg'),
  citizen('16', 'Jens Skabelund', '111173-9171', '1973-11-11', 'male', 'Ærø'),
  citizen('17', 'Hanne Testesen', '020870-1170', '1970-08-02', 'female', 'Langeland'),
  citizen('18', 'Henrik Prøvebjerg', '160267-2171', '1967-02-16', 'male', 'Billund'),
  citizen('19', 'Lone Eksempelholm', '230764-3170', '1964-07-23', 'female', 'Varde'),
  citizen('20', 'Jørgen Fiktivlund', '040461-0173', '1961-04-04', 'male', 'Vejen'),
  citizen('21', 'Birthe Demosen', '101058-4170', '1958-10-10', 'female', 'Fanø'),
  citizen('22', 'Niels Attraplund', '280355-1171', '1955-03-28', 'male', 'Tønder'),
  citizen('23', 'Karen Skabelongaard', '011252-2170', '1952-12-01', 'female', 'Odense'),
  citizen('24', 'Poul Testbjerg', '060649-9171', '1949-06-06', 'male', 'Esbjerg'),
  citizen('25', 'Inger Prøveholm', '180846-3170', '1946-08-18', 'female', 'Kolding'),
  citizen('26', 'Erik Opdigtgaard', '130543-0171', '1943-05-13', 'male', 'Vejle'),
  citizen('27', 'Grethe Eksempelbjerg', '250940-4172', '1940-09-25', 'female', 'Svendborg'),
  citizen('28', 'Knud Fiktivholm', '030338-1173', '1938-03-03', 'male', 'Sønderborg'),
  citizen(
    '29',
    'Tina Udenforsen',
    '140779-2170',
    '1979-07-14',
    'female',
    'Aarhus',
    'lives outside the Region of Southern Denmark: SCOPE-REGION negative case',
  ),
];

const byId = (id: string): TestCitizen => {
  const found = TEST_CITIZENS.find((c) => c.id === id);
  if (!found) throw new Error(`no test citizen ${id}`);
  return found;
};

/** The one citizen under 18 on the reference date (SCOPE-ADULT). */
export const MINOR_TEST_CITIZEN: TestCitizen = byId('test-citizen-01');
/** The one citizen outside the Region of Southern Denmark (SCOPE-REGION). */
export const OUT_OF_REGION_TEST_CITIZEN: TestCitizen = byId('test-citizen-29');
