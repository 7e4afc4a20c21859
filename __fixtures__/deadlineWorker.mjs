// A worker for workerWithDeadline's tests, doing what workerData.mode says.
import { connect } from 'node:net';
import { setInterval, setTimeout } from 'node:timers';
import { parentPort, workerData } from 'node:worker_threads';

const post = (message) => parentPort.postMessage(message);
switch (workerData.mode) {
  case 'answers':
    post({ type: 'started' });
    post({ type: 'result', value: { id: 7 } });
    break;
  case 'hangs':
    // Started, then waiting for ever on a connection to a server that never answers.
    post({ type: 'started' });
    connect(workerData.port, '127.0.0.1').write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    break;
  case 'lingers':
    post({ type: 'started' });
    post({ type: 'result', value: { id: 8 } });
    setInterval(() => {}, 1000);
    break;
  case 'loads slowly':
    // Its start-up is not counted: the deadline runs from `started`.
    setTimeout(() => {
      post({ type: 'started' });
      setTimeout(() => post({ type: 'result', value: { id: 9 } }), 100);
    }, 600);
    break;
  case 'throws':
    post({ type: 'started' });
    throw new Error('broken in the worker');
  case 'ends':
    post({ type: 'started' });
    process.exit(3);
}
