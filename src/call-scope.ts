// One call's time budget and cancellation: an AbortSignal that fires when the call's timeout
// passes or the caller's own signal aborts, and that tells which of the two it was.
//
// Node's fetch follows every signal it is given (a WeakRef, a finalization entry and a listener
// per request), and a fresh AbortController per call costs it more than a signal it has seen
// before. So calls without a signal of their own share one: the calls a client starts within a
// short window (a thousandth of its timeout) and at most `groupSize` of them form a deadline
// group, with one AbortController and one timer, set for the first call's deadline. A call may
// so time out up to that window early, never late. A call with the caller's signal, or sent
// with a caller's fetch (which may not heed the signal), gets a controller of its own.

/** The most calls that share one signal: each leaves a listener on it until its request is collected. */
export const groupSize = 16;

/** A timer in Node, which the client runs on: it can stop and start keeping the process alive. */
type NodeTimer = { ref(): unknown; unref(): unknown };

/** What a call asks of its scope. */
export interface Scope {
  readonly signal: AbortSignal;
  /** Whether the call's own timeout fired. */
  readonly timedOut: boolean;
  /** Whether the caller's signal aborted the call (and its timeout had not fired first). */
  readonly abortedByCaller: boolean;
  /** The work's outcome, or a rejection as soon as the call times out or is aborted, for work that may not heed the signal. */
  race<T>(work: Promise<T>): Promise<T>;
  /** Milliseconds left until the call's own deadline. */
  remainingMs(): number;
  /** Leaves nothing of the call behind (its timer, its listener). */
  dispose(): void;
}

/** Makes each call's scope for one client: shared deadline groups for calls without a signal. */
export class CallScopes {
  readonly #timeoutMs: number;
  readonly #windowMs: number;
  readonly #share: boolean;
  #group: DeadlineGroup | undefined;

  /** @param share whether calls without a signal of their own share deadline groups */
  constructor(timeoutMs: number, share: boolean) {
    this.#timeoutMs = timeoutMs;
    this.#windowMs = timeoutMs / 1000;
    this.#share = share;
  }

  /** @param callerSignal the caller's signal; the call then gets a controller of its own */
  open(callerSignal: AbortSignal | undefined): Scope {
    const now = performance.now();
    if (callerSignal || !this.#share) return new CallScope(this.#timeoutMs, callerSignal, now);
    let group = this.#group;
    if (!group?.admits(now, this.#windowMs)) {
      group?.close();
      group = this.#group = new DeadlineGroup(this.#timeoutMs, now);
    }
    return new SharedScope(group, now + this.#timeoutMs);
  }
}

/** Calls that share one signal and one timer, set for the first call's deadline. */
export class DeadlineGroup {
  readonly signal: AbortSignal;
  #timedOut = false;
  #members = 0;
  #pending = 0;
  #open = true;
  readonly #opened: number;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(timeoutMs: number, now: number) {
    this.signal = this.#controller.signal;
    this.#opened = now;
    if (Number.isFinite(timeoutMs)) this.#timer = setTimeout(expireGroup, timeoutMs, this);
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Whether a call that starts at `now` may join: the group is open, young, not full, not fired. */
  admits(now: number, windowMs: number): boolean {
    return this.#open && !this.#timedOut && this.#members < groupSize && now - this.#opened <= windowMs;
  }

  join(): void {
    this.#members += 1;
    // A timer keeps the process alive only while one of its calls is pending.
    if (this.#pending++ === 0) (this.#timer as NodeTimer | undefined)?.ref();
  }

  leave(): void {
    if (--this.#pending > 0) return;
    if (this.#open) (this.#timer as NodeTimer | undefined)?.unref();
    else clearTimeout(this.#timer);
  }

  /** No call joins any more; once none is pending, the timer goes. */
  close(): void {
    this.#open = false;
    if (this.#pending === 0) clearTimeout(this.#timer);
  }

  expire(): void {
    this.#timedOut = true;
    this.#controller.abort();
  }
}

// One function for every group's timer (the group comes as its argument), not a closure per group.
function expireGroup(group: DeadlineGroup): void {
  group.expire();
}

class SharedScope implements Scope {
  readonly #group: DeadlineGroup;
  readonly #deadline: number;

  constructor(group: DeadlineGroup, deadline: number) {
    this.#group = group;
    this.#deadline = deadline;
    group.join();
  }

  get signal(): AbortSignal {
    return this.#group.signal;
  }

  get timedOut(): boolean {
    return this.#group.timedOut;
  }

  get abortedByCaller(): boolean {
    return false;
  }

  race<T>(work: Promise<T>): Promise<T> {
    return raceSignal(work, this.#group.signal);
  }

  remainingMs(): number {
    return this.#deadline - performance.now();
  }

  dispose(): void {
    this.#group.leave();
  }
}

/** A call's own controller and timer, following the caller's signal when there is one. */
export class CallScope implements Scope {
  readonly signal: AbortSignal;
  #timedOut = false;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #deadline: number;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #onCallerAbort: (() => void) | undefined;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined, now = performance.now()) {
    this.signal = this.#controller.signal;
    this.#deadline = now + timeoutMs;
    if (Number.isFinite(timeoutMs)) this.#timer = setTimeout(expireOwn, timeoutMs, this);
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

  race<T>(work: Promise<T>): Promise<T> {
    return raceSignal(work, this.signal);
  }

  remainingMs(): number {
    return this.#deadline - performance.now();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#onCallerAbort) this.#callerSignal!.removeEventListener('abort', this.#onCallerAbort);
  }
}

function expireOwn(scope: CallScope): void {
  scope.expire();
}

/** The work's outcome, or the signal's reason as soon as it aborts; the listener goes when the work settles. */
function raceSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
