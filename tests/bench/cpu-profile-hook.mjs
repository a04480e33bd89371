// Preloaded (NODE_OPTIONS=--import) by profile.ts: Node 20 refuses --cpu-prof in NODE_OPTIONS, so
// the server profiles itself through the inspector, from SIGUSR2 (sent after the warm-up, so
// start-up and compilation stay out) until it exits, and writes the profile to CPU_PROFILE (and,
// with HEAP_PROFILE, a sampling profile of what was allocated where).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.CPU_PROFILE;
if (file) {
  const session = new Session();
  session.connect();
  let started = false;
  process.on('SIGUSR2', () => {
    if (started) return;
    started = true;
    session.post('Profiler.setSamplingInterval', { interval: 500 });
    session.post('Profiler.enable');
    session.post('Profiler.start');
    if (process.env.HEAP_PROFILE) {
      session.post('HeapProfiler.enable');
      session.post('HeapProfiler.startSampling', {
        samplingInterval: 16384,
        // Everything allocated, not only what is still alive at the end.
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
  });
  // An in-process session answers synchronously, so this completes inside the exit handler.
  process.on('exit', () => {
    if (!started) return;
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(file, JSON.stringify(result.profile));
    });
    if (process.env.HEAP_PROFILE) {
      session.post('HeapProfiler.stopSampling', (error, result) => {
        if (!error) writeFileSync(process.env.HEAP_PROFILE, JSON.stringify(result.profile));
      });
    }
  });
}
