import { auditRouter } from './routers/audit.router.ts';
import { authRouter } from './routers/auth.router.ts';
import { citizenRouter } from './routers/citizen.router.ts';
import {
  assessmentRouter,
  consentRouter,
  noteRouter,
  planRouter,
  triageRouter,
} from './routers/clinical.router.ts';
import { directoryRouter } from './routers/directory.router.ts';
import { inboxRouter } from './routers/inbox.router.ts';
import { jobcentreRouter } from './routers/jobcentre.router.ts';
import { meRouter } from './routers/me.router.ts';
import { pathwayRouter } from './routers/pathway.router.ts';
import { referralRouter } from './routers/referral.router.ts';
import { worklistRouter } from './routers/worklist.router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  citizen: citizenRouter,
  pathway: pathwayRouter,
  triage: triageRouter,
  assessment: assessmentRouter,
  plan: planRouter,
  referral: referralRouter,
  note: noteRouter,
  consent: consentRouter,
  worklist: worklistRouter,
  inbox: inboxRouter,
  jobcentre: jobcentreRouter,
  audit: auditRouter,
  directory: directoryRouter,
  me: meRouter,
});
export type AppRouter = typeof appRouter;
