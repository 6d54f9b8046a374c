/**
 * The lookup's own thread: answers the page's requests (answer.ts) off the page's main thread.
 * Where a worker cannot start, the page loads this same file as a script instead (client.ts), and
 * it then only hands the answerer over: one copy of the engine either way.
 */
import { createAnswerer, type Answer, type AnswerReply, type AnswerRequest } from './answer.ts';
import { IN_PAGE } from './in-page.ts';

// A worker's global scope, typed without the WebWorker library (the project compiles for the DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnswerRequest>) => void) | null;
  postMessage(reply: AnswerReply): void;
};

if ('document' in globalThis) {
  (globalThis as Record<string, unknown>)[IN_PAGE] = createAnswerer;
} else {
  let answer: ((text: string) => Answer) | null = null;
  scope.onmessage = ({ data }) => {
    if ('index' in data) answer = createAnswerer(data.index);
    else if (answer) scope.postMessage({ seq: data.seq, answer: answer(data.text) });
  };
}
