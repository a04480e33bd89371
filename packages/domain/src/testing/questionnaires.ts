/** A completed STarT Back form (medium risk) that the API, FHIR and app tests share. */
export const STARTBACK = {
  instrument: 'startback',
  answers: {
    referredLegPain: true,
    comorbidPain: false,
    disabilityWalking: true,
    disabilityDressing: false,
    fear: false,
    anxiety: true,
    catastrophising: false,
    depression: false,
    bothersomeness: 'moderately',
  },
} as const;
