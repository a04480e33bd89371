export {
  ageOn,
  CPR_FORMAT_RE,
  type CprDateReason,
  type CprFormatReason,
  CprSchema,
  centuryYear,
  daysInMonth,
  hasModulus11,
  maskCpr,
  type ParsedCpr,
  parseCpr,
  type Sex,
} from './cpr.ts';
