/**
 * Test support: Yjs updates (format v1) built item by item, for the hostile-client tests and the update fuzz.
 * Yjs itself never writes an item graph that cannot integrate (two items whose origins point at each other, an
 * item pointing at later content of its own client), so the only way to send the relay one is to write the bytes.
 */
import * as encoding from 'lib0/encoding';

/** An id in a document: [client, clock]. */
export type CraftedId = readonly [client: number, clock: number];

/** One string item. With neither origin set, `parent` (a root type's name, or the id of a type item) places it. */
export interface CraftedItem {
  client: number;
  clock: number;
  text: string;
  origin?: CraftedId | null;
  rightOrigin?: CraftedId | null;
  parent?: string | CraftedId;
  /** A map key, for an item with neither origin. */
  parentSub?: string | null;
}

const BIT8_ORIGIN = 0x80;
const BIT7_RIGHT_ORIGIN = 0x40;
const BIT6_PARENT_SUB = 0x20;
const CONTENT_STRING = 4;
const SKIP = 10;

/** Encodes `items` as one update (gaps in a client's clocks become Skip structs) and `deletes` as its delete set. */
export function craftUpdate(items: readonly CraftedItem[], deletes: readonly { client: number; clock: number; len: number }[] = []): Uint8Array {
  const e = encoding.createEncoder();
  const byClient = new Map<number, CraftedItem[]>();
  for (const item of items) byClient.set(item.client, [...(byClient.get(item.client) ?? []), item]);
  encoding.writeVarUint(e, byClient.size);
  for (const [client, own] of byClient) {
    const sorted = [...own].sort((a, b) => a.clock - b.clock);
    const structs: ({ skip: number } | CraftedItem)[] = [];
    let next = sorted[0]!.clock;
    for (const item of sorted) {
      if (item.clock > next) structs.push({ skip: item.clock - next });
      structs.push(item);
      next = item.clock + item.text.length;
    }
    encoding.writeVarUint(e, structs.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, sorted[0]!.clock);
    for (const struct of structs) writeStruct(e, struct);
  }
  const deletesByClient = new Map<number, { clock: number; len: number }[]>();
  for (const d of deletes) deletesByClient.set(d.client, [...(deletesByClient.get(d.client) ?? []), d]);
  encoding.writeVarUint(e, deletesByClient.size);
  for (const [client, ranges] of deletesByClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}

function writeStruct(e: encoding.Encoder, struct: { skip: number } | CraftedItem): void {
  if ('skip' in struct) {
    encoding.writeUint8(e, SKIP);
    return encoding.writeVarUint(e, struct.skip);
  }
  const { origin = null, rightOrigin = null, parent = 'crafted', parentSub = null } = struct;
  const placed = origin === null && rightOrigin === null;
  const info = CONTENT_STRING | (origin ? BIT8_ORIGIN : 0) | (rightOrigin ? BIT7_RIGHT_ORIGIN : 0) | (placed && parentSub !== null ? BIT6_PARENT_SUB : 0);
  encoding.writeUint8(e, info);
  if (origin) writeId(e, origin);
  if (rightOrigin) writeId(e, rightOrigin);
  if (placed) {
    if (typeof parent === 'string') {
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, parent);
    } else {
      encoding.writeVarUint(e, 0);
      writeId(e, parent);
    }
    if (parentSub !== null) encoding.writeVarString(e, parentSub);
  }
  encoding.writeVarString(e, struct.text);
}

function writeId(e: encoding.Encoder, [client, clock]: CraftedId): void {
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
}
