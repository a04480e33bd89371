import { type Actor, ActorSchema } from '@rygforlob/domain';
import type { Me } from '@rygforlob/ui';

/** The signed-in user's actor as the domain knows it, or null for an unknown role. */
export const actorOf = (me: Me): Actor | null => ActorSchema.safeParse(me.actor).data ?? null;
