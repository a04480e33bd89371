/**
 * A progress bar on stderr: count, percent, rate and ETA. Redrawn in place on a terminal; on a
 * pipe (CI, a log file) one line every 10 %, so the output stays readable.
 */
export class Progress {
  readonly #started = Date.now();
  #lastLine = -1;

  constructor(
    readonly total: number,
    readonly label: string,
    readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  static format(seconds: number): string {
    if (!Number.isFinite(seconds)) return '?';
    const s = Math.max(0, Math.round(seconds));
    return s >= 3600
      ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
      : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  }

  line(done: number, now = Date.now()): string {
    const fraction = this.total === 0 ? 1 : done / this.total;
    const width = 30;
    const filled = Math.round(fraction * width);
    const elapsed = (now - this.#started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (this.total - done) / rate : Number.POSITIVE_INFINITY;
    return `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} ${(fraction * 100).toFixed(0).padStart(3)}% ${rate.toFixed(1)}/s ETA ${Progress.format(eta)}`;
  }

  update(done: number): void {
    if (this.stream.isTTY) {
      this.stream.write(`\r${this.line(done)}`);
      return;
    }
    const tenth = this.total === 0 ? 10 : Math.floor((done / this.total) * 10);
    if (tenth !== this.#lastLine) {
      this.#lastLine = tenth;
      this.stream.write(`${this.line(done)}\n`);
    }
  }

  finish(done: number): void {
    this.update(done);
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
