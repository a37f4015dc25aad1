/**
 * Files the OS asks the app to open before it can (macOS sends `open-file` before `ready` when
 * a double-click launches the app; argv is read before the first window exists). They wait
 * here in order and go to the handler once it is attached; later ones go straight through.
 */
export class OpenQueue {
  private waiting: string[] = [];
  private handler: ((paths: string[]) => void) | null = null;

  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.handler) this.handler([...paths]);
    else this.waiting.push(...paths.filter((path) => !this.waiting.includes(path)));
  }

  /** Attaches the handler and gives it everything that waited (in one batch, in order). */
  start(handler: (paths: string[]) => void): void {
    this.handler = handler;
    const waiting = this.waiting;
    this.waiting = [];
    if (waiting.length > 0) handler(waiting);
  }
}
