// Writes SDK-shaped objects as the XML that EC2 (ec2Query) and STS (awsQuery) answer, driven by
// the installed SDK's own schemas, so element names (`networkInterfaceSet`, `item`, `tagSet`...)
// are exactly what its deserializer reads back. Writers are compiled once per shape.
import { NormalizedSchema } from '@smithy/core/schema';

export type SchemaRef = Parameters<typeof NormalizedSchema.of>[0];
/** Writes a value's content: a structure's member elements, or a scalar's text. */
export type XmlWriter = (value: unknown) => string;

export interface CompileOptions {
  /**
   * Remember the XML of each structure item of the top structure's lists, by object identity:
   * fixtures are fixed, so paging a 50,000-item list serializes every item once.
   */
  cacheListItems?: boolean;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function timestampText(ns: NormalizedSchema, value: unknown): string {
  const date = value instanceof Date ? value : new Date(value as string | number);
  switch (ns.getSchema()) {
    case 6:
      return date.toUTCString();
    case 7:
      return String(date.getTime() / 1000);
    default:
      // 4 (protocol default) and 5 are date-time for both XML protocols.
      return date.toISOString();
  }
}

/** Appends a value's XML to `out`; one join at the end keeps large answers cheap to build. */
type Emit = (value: unknown, out: string[]) => void;

const structEmitters = new Map<unknown, Emit>();

function scalarEmitter(ns: NormalizedSchema): Emit {
  if (ns.isTimestampSchema()) return (v, out) => void out.push(timestampText(ns, v));
  if (ns.isBlobSchema()) {
    return (v, out) => void out.push(Buffer.from(v as Uint8Array | string).toString('base64'));
  }
  return (v, out) => void out.push(escapeXml(String(v)));
}

/** Emits each item of a list wrapped in `tag`. */
function itemsEmitter(tag: string, emitItem: Emit): Emit {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  return (v, out) => {
    for (const x of v as unknown[]) {
      if (x == null) continue;
      out.push(open);
      emitItem(x, out);
      out.push(close);
    }
  };
}

function valueEmitter(ns: NormalizedSchema, cache: boolean): Emit {
  if (ns.isStructSchema()) return cache ? cached(structEmitter(ns)) : structEmitter(ns);
  if (ns.isListSchema()) {
    // A list inside a list: its items sit directly in the outer item element.
    const item = ns.getValueSchema();
    return itemsEmitter(item.getMergedTraits().xmlName ?? 'member', valueEmitter(item, false));
  }
  if (ns.isMapSchema()) {
    const keyTag = ns.getKeySchema().getMergedTraits().xmlName ?? 'key';
    const valueNs = ns.getValueSchema();
    const valueTag = valueNs.getMergedTraits().xmlName ?? 'value';
    const emitValue = valueEmitter(valueNs, false);
    return (v, out) => {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        out.push(`<entry><${keyTag}>${escapeXml(k)}</${keyTag}><${valueTag}>`);
        emitValue(x, out);
        out.push(`</${valueTag}></entry>`);
      }
    };
  }
  return scalarEmitter(ns);
}

/** Serializes each object once; the flat string it keeps is reused on every page. */
function cached(emit: Emit): Emit {
  const seen = new WeakMap<object, string>();
  return (v, out) => {
    let xml = seen.get(v as object);
    if (xml === undefined) {
      const parts: string[] = [];
      emit(v, parts);
      xml = parts.join('');
      seen.set(v as object, xml);
    }
    out.push(xml);
  };
}

/** Emits one member as an element (or, for a flattened list, one element per item). */
function memberEmitter(name: string, member: NormalizedSchema, cacheItems: boolean): Emit {
  // The deserializer looks a member up by its member-level xmlName, else the member name.
  const tag = member.getMemberTraits().xmlName ?? name;
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  if (!member.isListSchema()) {
    const emit = valueEmitter(member, false);
    return (v, out) => {
      out.push(open);
      emit(v, out);
      out.push(close);
    };
  }
  const itemNs = member.getValueSchema();
  const emitItem = valueEmitter(itemNs, cacheItems);
  if (member.getMergedTraits().xmlFlattened) return itemsEmitter(tag, emitItem);
  const items = itemsEmitter(itemNs.getMergedTraits().xmlName ?? 'member', emitItem);
  return (v, out) => {
    out.push(open);
    items(v, out);
    out.push(close);
  };
}

function structEmitter(ns: NormalizedSchema, cacheItems = false): Emit {
  const key = ns.getSchema();
  const known = cacheItems ? undefined : structEmitters.get(key);
  if (known) return known;
  let members: [string, Emit][] = [];
  const emit: Emit = (v, out) => {
    const record = v as Record<string, unknown>;
    for (const [name, emitMember] of members) {
      const value = record[name];
      if (value != null) emitMember(value, out);
    }
  };
  // Registered before its members compile, so recursive shapes terminate.
  if (!cacheItems) structEmitters.set(key, emit);
  members = [...ns.structIterator()].map(([name, member]) => [
    name,
    memberEmitter(name, member, cacheItems),
  ]);
  return emit;
}

/** A writer for the members of structure `schema`, e.g. an operation's output. */
export function compileXmlWriter(schema: SchemaRef, options: CompileOptions = {}): XmlWriter {
  const ns = NormalizedSchema.of(schema);
  if (!ns.isStructSchema()) throw new Error(`not a structure: ${ns.getName(true) ?? '?'}`);
  const emit = structEmitter(ns, options.cacheListItems ?? false);
  return (value) => {
    const out: string[] = [];
    emit(value, out);
    return out.join('');
  };
}
