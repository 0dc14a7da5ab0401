import { say } from './report';

/** Undo steps, run once, last registered first, on success, failure or Ctrl-C. */
export class Cleanup {
  private steps: Array<() => Promise<unknown>> = [];
  private running: Promise<void> | null = null;

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) await step().catch((err) => say(`cleanup: ${err}`));
    })();
    return this.running;
  }
}
