// The envelopes each protocol answers in:
//   ec2Query: <{Action}Response xmlns=...><requestId/>members</...>;
//             errors <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>
//   awsQuery: <{Action}Response><{Action}Result>members</...><ResponseMetadata><RequestId/>...;
//             errors <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>
//   awsJson1_1: the members as JSON, timestamps as epoch seconds; errors {"__type", "Message"}.
//             Given the output shape, written by the SDK's own JSON codec (members the model
//             lacks are dropped, as a real answer never holds them).
import { JsonCodec2 } from '@smithy/core/protocols';
import type { AwsError, Service } from './awsError.js';
import { compileXmlWriter, escapeXml, type SchemaRef, type XmlWriter } from './compileXmlWriter.js';

export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';

const writers = new Map<SchemaRef, XmlWriter>();

function writerFor(schema: SchemaRef, service: Service): XmlWriter {
  let w = writers.get(schema);
  if (!w) {
    // EC2 answers are where large lists live and page; their items are cached.
    w = compileXmlWriter(schema, { cacheListItems: service === 'ec2' });
    writers.set(schema, w);
  }
  return w;
}

function xmlAnswer(status: number, requestId: string, body: string): WireAnswer {
  return {
    status,
    headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
    body,
  };
}

/** JSON with Dates as epoch seconds, the awsJson default. */
function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : v;
  });
}

/** The awsJson codec's settings, as the SDK's AwsJson1_1Protocol constructs it. */
const jsonCodec = new JsonCodec2({
  timestampFormat: { useTrait: true, default: 7 },
  jsonName: false,
});

type JsonSchema = Parameters<ReturnType<typeof jsonCodec.createSerializer>['write']>[0];

function schemaJson(schema: SchemaRef, value: object): string {
  const serializer = jsonCodec.createSerializer();
  // An operation's output structure: the XML writers' SchemaRef names it too.
  serializer.write(schema as JsonSchema, value);
  // Decoded as bytes: the codec's Uint8Array warns when read as a string.
  return new TextDecoder().decode(serializer.flush());
}

export function successAnswer(
  service: Service,
  action: string,
  requestId: string,
  result: object,
  schema?: SchemaRef,
): WireAnswer {
  if (service === 'organizations' || service === 'globalaccelerator' || service === 'ce') {
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
      body: schema ? schemaJson(schema, result) : toJson(result),
    };
  }
  if (!schema) throw new Error(`no output schema for ${action}`);
  const members = writerFor(schema, service)(result);
  if (service === 'ec2') {
    return xmlAnswer(
      200,
      requestId,
      `${XML_DECL}<${action}Response xmlns="${EC2_NS}"><requestId>${requestId}</requestId>${members}</${action}Response>`,
    );
  }
  return xmlAnswer(
    200,
    requestId,
    `<${action}Response xmlns="${STS_NS}"><${action}Result>${members}</${action}Result>` +
      `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`,
  );
}

export function errorAnswer(service: Service, requestId: string, error: AwsError): WireAnswer {
  const code = escapeXml(error.code);
  const message = escapeXml(error.message);
  switch (service) {
    case 'ec2':
      return xmlAnswer(
        error.status,
        requestId,
        `${XML_DECL}<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
      );
    case 'sts':
      return xmlAnswer(
        error.status,
        requestId,
        `<ErrorResponse xmlns="${STS_NS}"><Error><Type>${error.status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
          `<Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      );
    default:
      return {
        status: error.status,
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': requestId,
          'x-amzn-errortype': error.code,
        },
        body: JSON.stringify({ __type: error.code, Message: error.message, ...error.extra }),
      };
  }
}
