/**
 * The page's side of the lookup: hands the paste to a module Web Worker so that a huge log never
 * blocks the page, and shows only the answer to the latest text. While one text is being answered,
 * later keystrokes only mark the box as changed; when the answer comes, the box's text as it is
 * then goes out next. So the final keystroke is always answered, and no queue of stale copies of a
 * large paste builds up. If the worker cannot start, the same code runs in the page instead.
 */
import type { LookupIndex } from '../../lib/lookup/index.ts';
import type { Answer, AnswerReply, AnswerRequest, createAnswerer } from './answer.ts';
import { IN_PAGE } from './in-page.ts';
import workerUrl from './worker.ts?worker&url';

type Send = (seq: number, text: string) => void;

export interface Asker {
  /** Asks about the box's text; `read` is called when the text goes out, so it is the latest. */
  ask(read: () => string): void;
  /** The answer to the latest text, once every keystroke so far has been answered. */
  settled(): Promise<Answer | null>;
}

export function createAsker(index: LookupIndex, show: (answer: Answer) => void): Asker {
  let seq = 0;
  /** The request being answered (0: none), and how to read the box again for it. */
  let inFlight = 0;
  let lastRead: (() => string) | null = null;
  /** Set when the box changed while a request was out. */
  let pending: (() => string) | null = null;
  let latest: Answer | null = null;
  let waiting: ((answer: Answer | null) => void)[] = [];
  let worker: Worker | null = null;
  let fellBack = false;
  let backend: Send;

  const send = (read: () => string) => {
    inFlight = ++seq;
    lastRead = read;
    backend(inFlight, read());
  };

  const receive = ({ seq: answered, answer }: AnswerReply) => {
    // An answer to anything but the request out now: a worker that failed and was replaced.
    if (answered !== inFlight) return;
    inFlight = 0;
    if (pending) {
      // The box changed meanwhile: this answer is stale, the box's text now is what counts.
      const read = pending;
      pending = null;
      send(read);
      return;
    }
    latest = answer;
    show(answer);
    for (const resolve of waiting) resolve(answer);
    waiting = [];
  };

  const inPage = (): Send => {
    // The worker's own file, run in the page: it leaves its answerer under a global name (worker.ts).
    const answerer = import(/* @vite-ignore */ workerUrl).then(() =>
      (globalThis as unknown as Record<string, typeof createAnswerer>)[IN_PAGE]!(index),
    );
    return (seq, text) => {
      answerer.then((answer) => receive({ seq, answer: answer(text) })).catch((error) => console.error(error));
    };
  };

  /** The worker failed to start or broke: answer in the page, starting with the request that was out. */
  const fallBack = () => {
    if (fellBack) return;
    fellBack = true;
    worker?.terminate();
    backend = inPage();
    const read = pending ?? lastRead;
    pending = null;
    if (inFlight && read) send(read);
  };

  try {
    worker = new Worker(workerUrl, { type: 'module', name: 'lookup' });
    worker.addEventListener('message', (event: MessageEvent<AnswerReply>) => receive(event.data));
    worker.addEventListener('error', fallBack);
    worker.addEventListener('messageerror', fallBack);
    worker.postMessage({ index } satisfies AnswerRequest);
    backend = (seq, text) => worker!.postMessage({ seq, text } satisfies AnswerRequest);
  } catch {
    fellBack = true;
    backend = inPage();
  }

  return {
    ask(read) {
      if (inFlight) pending = read;
      else send(read);
    },
    settled() {
      return inFlight ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(latest);
    },
  };
}
