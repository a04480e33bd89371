export {
  checkImagingOrder,
  IMAGING_INDICATIONS,
  IMAGING_LEAFLET,
  IMAGING_REFERRERS,
  type ImagingAction,
  type ImagingCheck,
  type ImagingIndication,
  ImagingIndicationSchema,
  type ImagingOrderInput,
  ImagingOrderInputSchema,
  type ImagingReferrer,
  isImagingReferrer,
} from './imaging.rules.ts';
