import { type Database, listOrganisations } from '@rygforlob/db';
import { type Directory, type DirectoryOrganisation, directoryOf } from '@rygforlob/fhir';

/** The organisations change rarely: the directory is read at most once a minute per process. */
const TTL_MS = 60_000;

export function cachedDirectory(database: Database) {
  let cached: { until: number; directory: Directory; list: DirectoryOrganisation[] } | null = null;
  async function load() {
    const at = Date.now();
    if (cached && cached.until > at) return cached;
    const list: DirectoryOrganisation[] = (await listOrganisations(database.db)).map((o) => ({
      id: o.id,
      name: o.name,
      actor: o.actor,
      municipality: o.municipality,
      sorCode: o.sorCode,
    }));
    cached = { until: at + TTL_MS, directory: directoryOf(list), list };
    return cached;
  }
  return {
    directory: async (): Promise<Directory> => (await load()).directory,
    bySor: async (sor: string): Promise<DirectoryOrganisation | undefined> =>
      (await load()).list.find((o) => o.sorCode === sor),
  };
}
export type CachedDirectory = ReturnType<typeof cachedDirectory>;
