// The words a time-out leaves in scan_errors.csv. The errors are built as NodeHttpHandler 4.x
// builds them (set-connection-timeout.js, set-request-timeout.js, set-socket-timeout.js).
import { describe, expect, it } from 'vitest';
import { AnswerDeadlineError } from '../../../src/aws/answerDeadline.js';
import { timeoutMessage } from '../../../src/aws/timeoutMessage.js';

const LIMITS = { connectSeconds: 10, answerSeconds: 30, wholeAnswerSeconds: 60 };

function handlerError(message: string, attempts?: number, extra: object = {}): Error {
  return Object.assign(new Error(message), {
    name: 'TimeoutError',
    ...extra,
    ...(attempts === undefined ? {} : { $metadata: { attempts } }),
  });
}

describe('timeoutMessage', () => {
  it.each([
    [
      '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 30000 ms requestTimeout.',
      3,
      'Timed out after 30 s waiting for an answer (3 attempts)',
    ],
    [
      '@smithy/node-http-handler - the request socket timed out after 30000 ms of inactivity (configured by client requestHandler).',
      2,
      'Timed out after 30 s waiting for an answer (2 attempts)',
    ],
    [
      '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 10000 ms.',
      1,
      'Timed out after 10 s connecting (1 attempt)',
    ],
  ])('%s', (message, attempts, expected) => {
    expect(timeoutMessage(handlerError(message, attempts), LIMITS)).toBe(expected);
  });

  it('says when an answer was still arriving at its deadline', () => {
    const error = Object.assign(new AnswerDeadlineError('the answer was still arriving'), {
      $metadata: { attempts: 3 },
    });
    expect(timeoutMessage(error, LIMITS)).toBe(
      'Timed out after 60 s: the answer was still arriving (3 attempts)',
    );
  });

  it('leaves other errors, refused and dropped connections included, as they are', () => {
    const refused = handlerError('connect ECONNREFUSED 127.0.0.1:9', 3, { code: 'ECONNREFUSED' });
    expect(timeoutMessage(refused, LIMITS)).toBeUndefined();
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });
    expect(timeoutMessage(throttled, LIMITS)).toBeUndefined();
    expect(timeoutMessage('TimeoutError', LIMITS)).toBeUndefined();
  });
});
