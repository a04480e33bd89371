import type { Patient } from '@medplum/fhirtypes';
import {
  CODE_SYSTEM,
  EXTENSION,
  IDENTIFIER,
  MUNICIPALITY_CODE,
  PROFILE,
  REGION_SYDDANMARK,
} from './codes.ts';
import { type CitizenRecord, type Directory, organisationReference } from './directory.ts';

/**
 * "Given names Family" as the register writes a name: the last word is the family name. A staff
 * user's display name carries a title after a comma ("Henrik Dam, overlæge"): the title is a
 * suffix, never the family name (MedCom names the author by given and family name).
 */
export function humanName(name: string) {
  const [person = '', ...titles] = name.split(',').map((part) => part.trim());
  const words = person.split(/\s+/).filter(Boolean);
  const family = words.length > 1 ? words[words.length - 1] : words[0];
  const given = words.slice(0, -1);
  const suffix = titles.filter(Boolean);
  return {
    use: 'official' as const,
    text: name,
    family: family ?? name,
    ...(given.length ? { given } : {}),
    ...(suffix.length ? { suffix } : {}),
  };
}

/**
 * The citizen as a DK-core Patient: the CPR as the official identifier, the municipality as a
 * DK-core municipality code, and the practice the citizen is listed with (else the coordinating
 * GP, `coordinatorId`) as generalPractitioner, with its SOR identifier where the directory has one.
 */
export function toFhirPatient(
  citizen: CitizenRecord,
  coordinatorId: string | undefined,
  directory: Directory,
): Patient {
  const generalPractitionerId = citizen.listedWith ?? coordinatorId;
  const gp = generalPractitionerId ? directory.organisation(generalPractitionerId) : undefined;
  const municipalityCode = MUNICIPALITY_CODE[citizen.municipality];
  return {
    resourceType: 'Patient',
    id: citizen.id,
    meta: { profile: [PROFILE.dkCorePatient] },
    identifier: [{ use: 'official', system: IDENTIFIER.cpr, value: citizen.cpr }],
    name: [humanName(citizen.name)],
    gender: citizen.sex === 'female' ? 'female' : citizen.sex === 'male' ? 'male' : 'unknown',
    birthDate: citizen.birthDate,
    address: [
      {
        use: 'home',
        district: citizen.municipality,
        country: 'DK',
        extension: [
          ...(municipalityCode
            ? [
                {
                  url: EXTENSION.municipalityCode,
                  valueCodeableConcept: {
                    coding: [
                      {
                        system: CODE_SYSTEM.dkMunicipality,
                        code: municipalityCode,
                        display: citizen.municipality,
                      },
                    ],
                  },
                },
              ]
            : []),
          {
            url: EXTENSION.regionalSubDivision,
            valueCodeableConcept: { coding: [{ system: CODE_SYSTEM.iso3166_2, code: REGION_SYDDANMARK }] },
          },
        ],
      },
    ],
    ...(generalPractitionerId
      ? {
          generalPractitioner: [
            {
              ...organisationReference(directory, generalPractitionerId),
              ...(gp?.sorCode
                ? { identifier: { use: 'official' as const, system: IDENTIFIER.sor, value: gp.sorCode } }
                : {}),
            },
          ],
        }
      : {}),
  };
}
