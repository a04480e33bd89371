import {
  addDays,
  ageOn,
  type Command,
  type DecideOptions,
  dayOf,
  decide,
  fold,
  type PathwayEvent,
  type PathwayState,
  type Violation,
} from '@rygforlob/domain';
import type { TestCitizen } from '@rygforlob/domain/testing';
import { DEMO_ORGANISATIONS, partyOf, type Username, viewerOf } from './organisations.ts';

/**
 * A demo pathway is a story: who did what, how many days before today, at what time of day.
 * Running it asks the domain's `decide` for every step, as that user at that moment, so the
 * stored events obey every rule of the program; a refused step stops the seed with its rule codes.
 */
export interface StepContext {
  citizen: TestCitizen;
  /** The step's own day, YYYY-MM-DD (Copenhagen). */
  today: string;
  /** The day `daysAgo` days before the seed's today, YYYY-MM-DD. */
  date(daysAgo: number): string;
  /** The citizen's age in whole years on the step's day. */
  age: number;
}

export type StepCommand = Command | ((context: StepContext) => Command);

export interface Step {
  daysAgo: number;
  /** Local time in Copenhagen, 'HH:MM'. */
  time: string;
  by: Username;
  command: StepCommand;
}

export interface Story {
  /** A TestCitizen id (packages/domain/src/testing/citizens.ts). */
  citizen: string;
  /** The coordinating GP's username; the pathway is registered under that organisation. */
  coordinator: Username;
  /** One line for the README table and the server's console. */
  summary: string;
  steps: Step[];
}

/** `on(12, '09:40', 'laege.vejle', command)`: 12 days ago at 09:40, the Vejle GP does this. */
export const on = (daysAgo: number, time: string, by: Username, command: StepCommand): Step => ({
  daysAgo,
  time,
  by,
  command,
});

export class StoryRefused extends Error {
  override readonly name = 'StoryRefused';
  constructor(
    readonly citizen: string,
    readonly step: number,
    readonly violations: Violation[],
  ) {
    super(`demo story ${citizen}, step ${step + 1}: refused ${JSON.stringify(violations)}`);
  }
}

/** The UTC offset of Copenhagen on a day, e.g. '+01:00' or '+02:00'. */
function copenhagenOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = name?.match(/GMT([+-]\d{2}:\d{2})/);
  return match?.[1] ?? '+00:00';
}

/**
 * The clock of a story: a step's instant, as an ISO timestamp with Copenhagen's offset. Never
 * after `now` (a step "today at 15:00" run at 10:00 happens just before now) and never before the
 * previous step, so the events stay in order.
 */
export class StoryClock {
  readonly today: string;
  #previous = Number.NEGATIVE_INFINITY;
  constructor(readonly now: Date) {
    this.today = dayOf(now.toISOString());
  }

  date(daysAgo: number): string {
    return addDays(this.today, -daysAgo);
  }

  at(daysAgo: number, time: string): string {
    const day = this.date(daysAgo);
    let instant = Date.parse(`${day}T${time}:00${copenhagenOffset(day)}`);
    const latest = this.now.getTime() - 60_000;
    if (instant > latest) instant = latest;
    if (instant <= this.#previous) instant = this.#previous + 60_000;
    this.#previous = instant;
    const iso = new Date(instant).toISOString().replace('.000Z', 'Z');
    return iso;
  }
}

/**
 * What the API would tell `decide` (issue 8): the directory's actor and municipality of every
 * demo organisation (RECIPIENT-ACTOR, HOME-MUNICIPALITY) and the citizen's listing with the
 * story's coordinating GP (COORDINATOR-LISTING), so the demo obeys the same access rules.
 */
const DEMO_DIRECTORY = (story: Pick<Story, 'citizen' | 'coordinator'>): DecideOptions => ({
  actorOf: (id) => DEMO_ORGANISATIONS.find((o) => o.id === id)?.actor,
  municipalityOf: (id) => DEMO_ORGANISATIONS.find((o) => o.id === id)?.municipality,
  register: { citizenId: `demo:${story.citizen}`, listedWith: partyOf(story.coordinator).organisationId },
});

/** Runs a story through `decide`; returns the events to store, in order. */
export function runStory(
  story: Story,
  citizen: TestCitizen,
  now: Date,
): { events: PathwayEvent[]; state: PathwayState } {
  const clock = new StoryClock(now);
  const events: PathwayEvent[] = [];
  let state = fold([]);
  story.steps.forEach((step, i) => {
    const at = clock.at(step.daysAgo, step.time);
    const today = dayOf(at);
    const context: StepContext = {
      citizen,
      today,
      date: (daysAgo) => clock.date(daysAgo),
      age: ageOn(citizen.birthDate, today),
    };
    const command = typeof step.command === 'function' ? step.command(context) : step.command;
    const decision = decide(state, command, viewerOf(step.by), at, DEMO_DIRECTORY(story));
    if (!decision.ok) throw new StoryRefused(story.citizen, i, decision.violations);
    events.push(...decision.events);
    state = fold(events);
  });
  return { events, state };
}
