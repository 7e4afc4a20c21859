// Which service and action a request is for: awsJson1_1 names both in X-Amz-Target; the query
// protocols name the action in the form body (STS's actions, or an `sts` credential scope,
// mean STS; everything else is EC2).
export type JsonService = 'organizations' | 'globalaccelerator' | 'ce';
import type { IncomingHttpHeaders } from 'node:http';
import { awsError, type AwsError } from './awsError.js';
import { credentialScope } from './credentialRegistry.js';
import { QueryParams } from './queryParams.js';

export type IdentifiedRequest =
  | { protocol: 'query'; service: 'ec2' | 'sts'; action: string; params: QueryParams }
  | {
      protocol: 'json';
      service: JsonService;
      action: string;
      input: Record<string, unknown>;
      /** A body that is not a JSON object; answered as AWS answers it. */
      malformed?: AwsError;
    };

const JSON_TARGETS: Record<string, JsonService> = {
  AWSOrganizationsV20161128: 'organizations',
  GlobalAccelerator_V20180706: 'globalaccelerator',
  AWSInsightsIndexService: 'ce',
};

export function identifyRequest(
  headers: IncomingHttpHeaders,
  body: string,
  stsActions: ReadonlySet<string>,
): IdentifiedRequest {
  const target = headers['x-amz-target'];
  if (typeof target === 'string') {
    const [prefix = '', name = ''] = target.split('.');
    const service = JSON_TARGETS[prefix];
    // An unknown target prefix still gets a JSON answer: UnknownOperationException.
    const request = {
      protocol: 'json' as const,
      service: service ?? 'organizations',
      action: service ? name : target,
      input: {},
    };
    try {
      const parsed: unknown = body === '' ? {} : JSON.parse(body);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
      return { ...request, input: parsed as Record<string, unknown> };
    } catch {
      return {
        ...request,
        malformed: awsError(request.service, 'SerializationException', 'Malformed JSON'),
      };
    }
  }
  const params = QueryParams.parse(body);
  const action = params.string('Action') ?? '';
  const sts = stsActions.has(action) || credentialScope(headers.authorization)?.service === 'sts';
  return { protocol: 'query', service: sts ? 'sts' : 'ec2', action, params };
}
