// One call's time budget and cancellation: a single AbortSignal that fires when the call's
// timeout passes or the caller's own signal aborts, and that tells which of the two it was.

export class CallScope {
  readonly signal: AbortSignal;
  #timedOut = false;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #deadline: number;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort: (() => void) | undefined;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#deadline = performance.now() + timeoutMs;
    if (Number.isFinite(timeoutMs)) this.#timer = setTimeout(expire, timeoutMs, this);
    if (callerSignal) {
      this.#callerSignal = callerSignal;
      this.#onCallerAbort = () => this.#controller.abort(callerSignal.reason);
      callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true });
    }
  }

  /** The timer's end: the call timed out, unless the caller aborted it first. */
  expire(): void {
    if (this.#controller.signal.aborted) return;
    this.#timedOut = true;
    this.#controller.abort();
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  get abortedByCaller(): boolean {
    return !this.#timedOut && this.#callerSignal?.aborted === true;
  }

  /** The work's outcome, or a rejection as soon as the call times out or is aborted, for work that may not heed the signal. */
  race<T>(work: Promise<T>): Promise<T> {
    const interrupted = new Promise<never>((_, reject) => {
      if (this.signal.aborted) reject(this.signal.reason);
      else this.signal.addEventListener('abort', () => reject(this.signal.reason), { once: true });
    });
    return Promise.race([work, interrupted]);
  }

  remainingMs(): number {
    return this.#deadline - performance.now();
  }

  /** Clears the timer and the listener, so nothing of the call outlives it. */
  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#onCallerAbort) this.#callerSignal!.removeEventListener('abort', this.#onCallerAbort);
  }
}

// One function for every call's timer (the scope comes as its argument), not a closure per call.
function expire(scope: CallScope): void {
  scope.expire();
}
