import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { workflowLogger } from '../../../src/action/workflowLogger.js';
import { errorDetails } from '../../../src/aws/errorDetails.js';
import { consoleLogger } from '../../../src/cli/consoleLogger.js';
import { SecretRedactor } from '../../../src/common/secretRedactor.js';

// What an endpoint may answer, in an error code or message that the scan logs.
const COMMANDS = 'Bad\n::warning title=INJECTED::x\r\n::set-output name=high-suspicion-count::0\nX';
const ESCAPES = 'msg \u001b]8;;http://evil.example\u001b\\CLICK\u001b]8;;\u001b\\\u001b[2J\u009b1m';

describe('workflowLogger', () => {
  it('keeps an info message on one line, so no part of it runs as a workflow command', () => {
    const lines: string[] = [];
    const logger = workflowLogger({
      info: (m) => lines.push(m),
      warning: () => undefined,
      debug: () => undefined,
    });
    logger.info(`scan error: ${COMMANDS}`);
    expect(lines).toEqual([
      'scan error: Bad ::warning title=INJECTED::x ::set-output name=high-suspicion-count::0 X',
    ]);
  });

  it('passes warnings and debug lines on without control characters, their lines kept', () => {
    const seen: string[] = [];
    const logger = workflowLogger({
      info: () => undefined,
      warning: (m) => seen.push(`warning ${m}`),
      debug: (m) => seen.push(`debug ${m}`),
    });
    logger.warning(ESCAPES);
    logger.debug('Error: x\n    at a (b.js:1:2)');
    expect(seen).toEqual([
      'warning msg ?]8;;http://evil.example?\\CLICK?]8;;?\\?[2J?1m',
      'debug Error: x\n    at a (b.js:1:2)',
    ]);
  });
});

describe('consoleLogger', () => {
  it('writes no escape sequence an endpoint sent, and keeps a stack trace as lines', () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const logger = consoleLogger(stream, { verbose: true });
    logger.warning(ESCAPES);
    logger.info(`a\rb`);
    logger.debug('Error: x\n    at a (b.js:1:2)');
    expect(written).toBe(
      'warning: msg ?]8;;http://evil.example?\\CLICK?]8;;?\\?[2J?1m\n' +
        'a b\n' +
        'debug: Error: x\n    at a (b.js:1:2)\n',
    );
  });
});

describe('errorDetails', () => {
  it('puts the code and the message an endpoint answered on one line each', () => {
    const error = Object.assign(new Error('two\nlines'), { name: COMMANDS });
    expect(errorDetails(error)).toEqual({
      code: 'Bad ::warning title=INJECTED::x ::set-output name=high-suspicion-count::0 X',
      message: 'two lines',
    });
  });
});

describe('SecretRedactor', () => {
  it('masks a secret as given, without its padding, percent-encoded in either case, or both', () => {
    const redactor = new SecretRedactor();
    const token = 'FwoGZXIvYXdzEB0aD+abc/def==';
    redactor.add(token);
    const forms = [
      token,
      'FwoGZXIvYXdzEB0aD+abc/def',
      'FwoGZXIvYXdzEB0aD%2Babc%2Fdef%3D%3D',
      'FwoGZXIvYXdzEB0aD%2babc%2fdef%3d%3d',
      'FwoGZXIvYXdzEB0aD%2Babc%2Fdef',
      'FwoGZXIvYXdzEB0aD%2babc%2fdef',
    ];
    expect(redactor.redact(forms.map((f) => `<${f}>`).join(' '))).toBe(
      forms.map(() => '<***>').join(' '),
    );
  });
});
