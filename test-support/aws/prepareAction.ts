// Everything a request must pass before faults are drawn: a known action, for EC2 a region the
// account has enabled, for STS the record of what was asked. Returns how to answer it, so an
// injected fault can still pre-empt the answer.
import { awsError } from './awsError.js';
import type { SchemaRef } from './compileXmlWriter.js';
import { costExplorerActions } from './costExplorerActions.js';
import type { CredentialRegistry, Principal } from './credentialRegistry.js';
import { ec2Actions } from './ec2Actions.js';
import type { FaultInjector } from './faultInjector.js';
import type { FixtureIndex } from './fixtureIndex.js';
import type { IdentifiedRequest } from './identifyRequest.js';
import { globalAcceleratorActions, organizationsActions } from './jsonActions.js';
import { recordReceived, stsActions, type Received } from './stsActions.js';

export interface StandInState {
  index: FixtureIndex;
  registry: CredentialRegistry;
  faults: FaultInjector;
  received: Received;
  now: () => Date;
  acceptToken: (token: string) => boolean;
  credentialLifetimeSeconds: number | undefined;
  disabledRegionError: 'AuthFailure' | 'OptInRequired';
  forcedPageSize: (action: string) => number | undefined;
}

export interface ActionAnswer {
  result: object;
  /** The output shape the answer is written from (XML protocols, and Cost Explorer's JSON). */
  schema?: SchemaRef;
}

export function prepareAction(
  state: StandInState,
  request: IdentifiedRequest,
  principal: Principal | undefined,
  region: string,
): () => ActionAnswer {
  const { action } = request;
  const accountId = principal?.account ?? '';
  const forcedPageSize = state.forcedPageSize(action);

  if (request.protocol === 'json') {
    if (request.malformed) throw request.malformed;
    const ctx = {
      action,
      input: request.input,
      accountId,
      region,
      index: state.index,
      now: state.now(),
    };
    if (request.service === 'ce') {
      const ce = costExplorerActions[action];
      if (!ce) throw awsError('ce', 'UnknownOperationException', `Unknown operation ${action}`);
      return () => ({ result: ce.handle({ ...ctx, forcedPageSize }), schema: ce.output });
    }
    const handle = (
      request.service === 'organizations' ? organizationsActions : globalAcceleratorActions
    )[action];
    if (!handle) {
      throw awsError(request.service, 'UnknownOperationException', `Unknown operation ${action}`);
    }
    return () => ({ result: handle({ ...ctx, forcedPageSize }) });
  }

  const { params } = request;
  if (request.service === 'ec2') {
    const ec2 = ec2Actions[action];
    if (!ec2) {
      throw awsError(
        'ec2',
        'InvalidAction',
        `The action ${action} is not valid for this web service.`,
      );
    }
    const enabled = state.index.enabledRegion(accountId, region);
    if (!enabled) throw awsError('ec2', state.disabledRegionError);
    const ctx = { action, params, accountId, region: enabled, index: state.index };
    return () => ({ result: ec2.handle({ ...ctx, forcedPageSize }), schema: ec2.output });
  }

  const sts = stsActions[action];
  if (!sts) {
    throw awsError(
      'sts',
      'InvalidAction',
      `Could not find operation ${action} for version 2011-06-15`,
    );
  }
  recordReceived(action, params, accountId, state.received);
  return () => ({
    result: sts.handle({
      params,
      caller: principal,
      index: state.index,
      registry: state.registry,
      faults: state.faults,
      now: state.now(),
      credentialLifetimeSeconds: state.credentialLifetimeSeconds,
      acceptToken: state.acceptToken,
    }),
    schema: sts.output,
  });
}
