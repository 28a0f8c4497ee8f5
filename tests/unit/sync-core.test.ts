import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../lib/dates';
import { type Bill, REMINDERS_PENDING, type StoredInstallment } from '../../lib/store/db';
import { billFromValues, billValues, fromDayNumber, isBillField, toDayNumber } from '../../lib/sync/bill-record';
import {
  type Doc,
  type Fact,
  type Json,
  mergeDocs,
  sameDoc,
  tombstone,
  valuesOf,
  withLocalValues,
} from '../../lib/sync/doc';
import {
  type Clock,
  formatVersion,
  isVersion,
  MAX_DRIFT_MS,
  newDeviceId,
  receive,
  tick,
  wallOf,
  ZERO_CLOCK,
} from '../../lib/sync/hlc';
import { BILL_RULES, billIdOf, billKey, decodeItem, encodeDoc, FORMAT, itemBytes, kvRules } from '../../lib/sync/item';
import { OVERRIDES_RECORD, PROFILE_RECORD, SETTINGS_RECORD } from '../../lib/sync/kv-records';
import {
  batches,
  nextWriteAt,
  PAID_KEPT_DAYS,
  type PlanEntry,
  planSync,
  rankOf,
  SYNC_BUDGET,
  SYNC_QUOTA,
  TOMBSTONE_KEPT_DAYS,
  todayNumber,
} from '../../lib/sync/quota';

const NOW = Date.UTC(2026, 10, 21, 2, 0);
const d = (value: string): CalendarDate => calendarDate(value);

describe('hybrid logical clock', () => {
  const clock = fc.record({ wall: fc.integer({ min: 0, max: 2 ** 42 }), counter: fc.integer({ min: 0, max: 46_655 }) });
  const device = fc.stringMatching(/^[0-9a-z]{6}$/);

  it('orders versions as text exactly as by (wall, counter, device)', () => {
    fc.assert(
      fc.property(clock, device, clock, device, (a, deviceA, b, deviceB) => {
        const [left, right] = [formatVersion(a, deviceA), formatVersion(b, deviceB)];
        const tupleOrder =
          a.wall !== b.wall
            ? Math.sign(a.wall - b.wall)
            : a.counter !== b.counter
              ? Math.sign(a.counter - b.counter)
              : deviceA === deviceB
                ? 0
                : deviceA < deviceB
                  ? -1
                  : 1;
        expect(left < right ? -1 : left > right ? 1 : 0).toBe(tupleOrder);
        expect(isVersion(left)).toBe(true);
      }),
    );
  });

  it('gives every change a version after every one it gave or saw, near the wall time', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('tick' as const), at: fc.integer({ min: 0, max: 2 ** 41 }) }),
            fc.record({
              kind: fc.constant('receive' as const),
              at: fc.integer({ min: 0, max: 2 ** 41 }),
              remote: clock,
            }),
          ),
          { maxLength: 60 },
        ),
        (events) => {
          let state: Clock = ZERO_CLOCK;
          let latest = formatVersion(ZERO_CLOCK, '000000');
          for (const event of events) {
            if (event.kind === 'tick') {
              state = tick(state, event.at);
              const version = formatVersion(state, 'aaaaaa');
              expect(version > latest).toBe(true);
              expect(wallOf(version)).toBeGreaterThanOrEqual(event.at);
              latest = version;
            } else {
              const remote = formatVersion(event.remote, 'zzzzzz');
              state = receive(state, remote, event.at);
              const next = formatVersion(tick(state, event.at), 'aaaaaa');
              if (event.remote.wall <= event.at + MAX_DRIFT_MS) expect(next > remote).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('does not let a remote clock far in the future drag this one along', () => {
    const far = formatVersion({ wall: NOW + 30 * 86_400_000, counter: 0 }, 'zzzzzz');
    expect(receive({ wall: NOW, counter: 3 }, far, NOW)).toEqual({ wall: NOW, counter: 3 });
  });

  it('makes device ids of six base-36 digits', () => {
    expect(newDeviceId(() => 0)).toBe('000000');
    expect(newDeviceId(() => 0.999999999)).toMatch(/^[0-9a-z]{6}$/);
  });
});

const version = (wall: number, device = 'aaaaaa') => formatVersion({ wall, counter: 0 }, device);

describe('records of facts', () => {
  const path = fc.constantFrom('p', 't', 'n', 'm', '1a', '1d', '1p', '2a', '2d', 'zz');
  const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 }), fc.constantFrom('x', 'y', 'z'));
  const fact: fc.Arbitrary<Fact> = fc.tuple(
    value,
    fc
      .tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom('aaaaaa', 'bbbbbb'))
      .map(([wall, device]) => version(wall, device)),
  );
  const doc: fc.Arbitrary<Doc> = fc.oneof(
    { weight: 5, arbitrary: fc.dictionary(path, fact, { maxKeys: 8 }).map((facts) => ({ facts })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }).map((wall) => ({ facts: {}, deleted: version(wall) })) },
  );

  it('merge is commutative, associative and idempotent: the order changes arrive in does not matter', () => {
    fc.assert(
      fc.property(doc, doc, doc, (a, b, c) => {
        expect(sameDoc(mergeDocs(a, b), mergeDocs(b, a))).toBe(true);
        expect(sameDoc(mergeDocs(mergeDocs(a, b), c), mergeDocs(a, mergeDocs(b, c)))).toBe(true);
        expect(sameDoc(mergeDocs(a, a), a)).toBe(true);
        expect(sameDoc(mergeDocs(mergeDocs(a, b), b), mergeDocs(a, b))).toBe(true);
      }),
    );
  });

  it('keeps per field the later version: paid wins over unpaid only by being later', () => {
    const paidFirst = { facts: { '1p': [20_000, version(10)] as Fact } };
    const unpaidLater = { facts: { '1p': [null, version(11)] as Fact } };
    expect(mergeDocs(paidFirst, unpaidLater).facts['1p']).toEqual([null, version(11)]);
    expect(mergeDocs(unpaidLater, paidFirst).facts['1p']).toEqual([null, version(11)]);
  });

  it('makes deletion final, whatever changed elsewhere meanwhile', () => {
    const edited = { facts: { n: ['later note', version(50)] as Fact } };
    const deleted = tombstone({ facts: { n: ['note', version(1)] } }, version(10));
    expect(mergeDocs(edited, deleted)).toEqual({ facts: {}, deleted: version(10) });
  });

  it('turns local changes into facts at one new version, clearing fields no longer set, keeping fields it does not know', () => {
    const before: Doc = { facts: { n: ['note', version(1)], m: ['shop', version(1)], zz: ['future', version(1)] } };
    const local = new Map<string, Json>([
      ['n', 'new note'],
      ['t', 100],
    ]);
    const after = withLocalValues(before, local, isBillField, () => version(5));
    expect(after?.facts).toEqual({
      n: ['new note', version(5)],
      m: [null, version(5)],
      t: [100, version(5)],
      zz: ['future', version(1)],
    });
    expect(withLocalValues(after as Doc, valuesOf(after as Doc), isBillField, () => version(9))).toBeUndefined();
  });
});

function bill(fields: Partial<Bill> = {}): Bill {
  return {
    id: 'bill-1',
    site: 'jd',
    program: 'jd-paylater',
    merchant: '京东自营',
    orderId: '305678901234',
    total: 239900,
    currency: 'CNY',
    created: NOW,
    updated: NOW,
    purchased: d('2026-11-21'),
    awaitingReceipt: false,
    status: 'open',
    ...fields,
  };
}

function row(sequence: number, fields: Partial<StoredInstallment> = {}): StoredInstallment {
  return {
    id: `bill-1#${sequence}`,
    billId: 'bill-1',
    program: 'jd-paylater',
    sequence,
    amount: 59975,
    currency: 'CNY',
    due: d('2026-12-06'),
    status: 'upcoming',
    estimated: false,
    remindersDone: REMINDERS_PENDING,
    ...fields,
  };
}

describe('bills as synced values', () => {
  it('reads every synced field, compactly: days as day numbers', () => {
    const values = billValues(bill({ notes: 'n', received: d('2026-11-25') }), [
      row(1, { status: 'paid', paidOn: d('2026-11-30'), snoozedUntil: NOW + 1500, dismissed: true }),
      row(2, { estimated: true }),
    ]);
    expect(Object.fromEntries(values as Map<string, unknown>)).toEqual({
      p: 'jd-paylater',
      s: 'jd',
      m: '京东自营',
      o: '305678901234',
      t: 239900,
      c: 'CNY',
      cr: NOW,
      pu: toDayNumber(d('2026-11-21')),
      r: toDayNumber(d('2026-11-25')),
      n: 'n',
      '1a': 59975,
      '1d': toDayNumber(d('2026-12-06')),
      '1p': toDayNumber(d('2026-11-30')),
      '1z': NOW + 1500,
      '1x': 1,
      '2a': 59975,
      '2d': toDayNumber(d('2026-12-06')),
      '2e': 1,
    });
  });

  it('gives back the same bill and installments, and says what changed', () => {
    fc.assert(
      fc.property(
        fc.record({
          notes: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
          awaitingReceipt: fc.boolean(),
          rows: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }),
          paid: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        }),
        ({ notes, awaitingReceipt, rows: sequences, paid }) => {
          const installments = sequences.map((sequence, index) =>
            row(sequence, paid[index] ? { status: 'paid', paidOn: d('2026-12-01') } : {}),
          );
          const status = installments.every((r) => r.status === 'paid') ? 'closed' : 'open';
          const original = bill({ awaitingReceipt, status, ...(notes === undefined ? {} : { notes }) });
          const values = billValues(original, installments) as Map<string, never>;
          // Built afresh on another device: the same synced fields; `updated` is this device's own.
          const fresh = billFromValues('bill-1', values);
          expect(billValues(fresh.bill, fresh.installments)).toEqual(values);
          expect(fresh.bill.status).toBe(status);
          // Built on what is stored: nothing changed.
          const same = billFromValues('bill-1', values, { bill: original, installments });
          expect(same.billChanged).toBe(false);
          expect(same.changed).toEqual([]);
          expect(same.removed).toEqual([]);
        },
      ),
    );
  });

  it('removes an installment whose amount and due date were cleared, and resets planning for changed rows', () => {
    const stored = {
      bill: bill(),
      installments: [row(1, { remindersDone: 'days:3' }), row(2, { remindersDone: 'days:3' })],
    };
    const values = billValues(stored.bill, stored.installments) as Map<string, unknown>;
    values.delete('2a');
    values.delete('2d');
    values.set('1p', toDayNumber(d('2026-12-01')));
    const applied = billFromValues('bill-1', values as never, stored);
    expect(applied.removed).toEqual(['bill-1#2']);
    expect(applied.changed).toEqual([
      expect.objectContaining({
        id: 'bill-1#1',
        status: 'paid',
        paidOn: '2026-12-01',
        remindersDone: REMINDERS_PENDING,
      }),
    ]);
  });

  it('will not sync a bill whose installment ids are not its id and sequence', () => {
    expect(billValues(bill(), [row(1, { id: 'from-a-spreadsheet' })])).toEqual({ unsupported: 'installment-ids' });
    expect(billValues(bill(), [row(1), row(1, { id: 'bill-1#1' })])).toEqual({ unsupported: 'installment-ids' });
  });

  it('counts days from 1970 in both directions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
    );
  });
});

describe('items in sync storage', () => {
  const sample: Doc = {
    facts: {
      p: ['jd-paylater', version(10)],
      t: [239900, version(10)],
      c: ['CNY', version(10)],
      cr: [1_763_690_400, version(10)],
      pu: [20_413, version(10)],
      '1a': [239900, version(10)],
      '1d': [20_428, version(10)],
      '1p': [20_420, version(20, 'bbbbbb')],
    },
  };

  it('writes each version once and gives it back exactly', () => {
    const item = encodeDoc(sample) as { c: string[]; k: Record<string, number> };
    expect(item.c).toEqual([version(10), version(20, 'bbbbbb')]);
    expect(item.k).toEqual({ '1p': 1 });
    expect(decodeItem(JSON.parse(JSON.stringify(item)), BILL_RULES)).toEqual({ kind: 'doc', doc: sample });
    const gone = tombstone(sample, version(30));
    expect(encodeDoc(gone)).toEqual({ v: FORMAT, d: version(30) });
    expect(decodeItem(encodeDoc(gone), BILL_RULES)).toEqual({ kind: 'doc', doc: gone });
  });

  it('encodes the same record the same way on every device, whatever order its facts were set in', () => {
    const reversed: Doc = { facts: Object.fromEntries(Object.entries(sample.facts).reverse()) };
    expect(JSON.stringify(encodeDoc(reversed))).toBe(JSON.stringify(encodeDoc(sample)));
  });

  it('keeps fields of a newer version, and leaves items of a newer format alone', () => {
    const withFuture = encodeDoc({ facts: { ...sample.facts, ds: ['page', version(10)], '1q': [3, version(10)] } });
    const decoded = decodeItem(withFuture, BILL_RULES);
    expect(decoded.kind === 'doc' && decoded.doc.facts.ds).toEqual(['page', version(10)]);
    expect(decodeItem({ v: FORMAT + 1, anything: ['at', 'all'] }, BILL_RULES)).toEqual({ kind: 'newer' });
  });

  it.each([
    ['not an object', 'text'],
    ['no format', { c: [], f: {} }],
    ['a bad version', { v: 1, c: ['yesterday'], f: { p: 'jd-paylater' } }],
    ['a version index out of range', { v: 1, c: [version(1)], f: { p: 'jd-paylater' }, k: { p: 4 } }],
    [
      'an unknown program',
      { ...(encodeDoc(sample) as object), f: { ...(encodeDoc(sample) as { f: object }).f, p: 'x' } },
    ],
    [
      'a fractional amount',
      { ...(encodeDoc(sample) as object), f: { ...(encodeDoc(sample) as { f: object }).f, t: 1.5 } },
    ],
    ['a missing total', { v: 1, c: [version(1)], f: { p: 'jd-paylater', c: 'CNY', cr: 1, pu: 2 } }],
    [
      'a field name no version writes',
      { ...(encodeDoc(sample) as object), f: { ...(encodeDoc(sample) as { f: object }).f, 'no such': 1 } },
    ],
    [
      'a huge future field',
      { ...(encodeDoc(sample) as object), f: { ...(encodeDoc(sample) as { f: object }).f, zz: 'x'.repeat(3000) } },
    ],
    ['extra keys', { ...(encodeDoc(sample) as object), extra: true }],
  ])('finds an item with %s unreadable', (_name, value) => {
    expect(decodeItem(value, BILL_RULES).kind).toBe('unreadable');
  });

  it('names bills by key and counts bytes as the browsers do (UTF-8 key and JSON)', () => {
    expect(billIdOf(billKey('abc'))).toBe('abc');
    expect(billIdOf('s')).toBeUndefined();
    expect(billIdOf(`b:${'x'.repeat(101)}`)).toBeUndefined();
    // Chromium reported 15 bytes for {a: {x: '中文'}}.
    expect(itemBytes('a', { x: '中文' })).toBe(15);
  });

  it('fits a typical bill in about 300 bytes and the largest allowed in one item or not at all', () => {
    const typical = billValues(bill(), [row(1)]) as Map<string, never>;
    const doc = withLocalValues({ facts: {} }, typical, isBillField, () => version(NOW)) as Doc;
    const paid = withLocalValues(doc, new Map([...typical, ['1p', 20_430]]), isBillField, () =>
      version(NOW + 1000, 'bbbbbb'),
    ) as Doc;
    const key = billKey(crypto.randomUUID());
    expect(itemBytes(key, encodeDoc(doc))).toBeLessThan(300);
    expect(itemBytes(key, encodeDoc(paid))).toBeLessThan(340);
  });
});

describe('settings, overrides and profile as synced values', () => {
  it('syncs only settings that differ from the defaults, and rebuilds them keeping other keys', () => {
    expect(SETTINGS_RECORD.values(undefined).size).toBe(0);
    const stored = {
      language: 'zh-CN',
      reminders: {
        enabled: true,
        daysBefore: [2, 0],
        time: '20:00',
        overdueDays: 7,
        quietHours: { end: '08:00', start: '22:00', enabled: true },
      },
      budget: { amount: 50000, currency: 'CNY' },
      other: 'kept',
    };
    const values = SETTINGS_RECORD.values(stored);
    expect(Object.fromEntries(values)).toEqual({
      l: 'zh-CN',
      rd: [2, 0],
      rt: '20:00',
      b: { amount: 50000, currency: 'CNY' },
    });
    expect(SETTINGS_RECORD.build(values, { other: 'kept' })).toEqual(stored);
  });

  it('syncs overrides per program and field, and profile answers per question', () => {
    const overrides = { 'jd-paylater': { days: 20, creditLimit: 500000 }, klarna: {} };
    const values = OVERRIDES_RECORD.values(overrides);
    expect(Object.fromEntries(values)).toEqual({ 'jd-paylater.days': 20, 'jd-paylater.creditLimit': 500000 });
    expect(OVERRIDES_RECORD.build(values, undefined)).toEqual({ 'jd-paylater': { days: 20, creditLimit: 500000 } });
    const profile = { jdPlus: true, sesameScore: '650-699' };
    expect(PROFILE_RECORD.build(PROFILE_RECORD.values(profile), undefined)).toEqual(profile);
  });

  it('checks what is read: an out-of-range override or an unknown band is unreadable', () => {
    const overrides = kvRules(OVERRIDES_RECORD);
    expect(overrides.check('jd-paylater.days', 20)).toBe('ours');
    expect(overrides.check('jd-paylater.days', 9999)).not.toMatch(/^(ours|future)$/);
    expect(overrides.check('new-program.days', 3)).toBe('future');
    expect(kvRules(PROFILE_RECORD).check('sesameScore', 'excellent')).not.toMatch(/^(ours|future)$/);
    expect(kvRules(SETTINGS_RECORD).check('rt', '25:00')).not.toMatch(/^(ours|future)$/);
  });
});

describe('quota planning', () => {
  const today = todayNumber(NOW);
  const unpaid = (id: string, due: number, bytes = 300): PlanEntry => ({
    id,
    bytes,
    rank: rankOf({ facts: { '1a': [1, version(1)], '1d': [due, version(1)] } }),
  });
  const paid = (id: string, paidDay: number, bytes = 300): PlanEntry => ({
    id,
    bytes,
    rank: rankOf({ facts: { '1a': [1, version(1)], '1d': [paidDay, version(1)], '1p': [paidDay, version(1)] } }),
  });
  const deleted = (id: string, day: number): PlanEntry => ({
    id,
    bytes: 40,
    rank: rankOf({ facts: {}, deleted: version(day * 86_400_000) }),
  });
  const room = { bytes: SYNC_BUDGET.bytes, items: SYNC_BUDGET.items };

  it('syncs everything when everything fits', () => {
    const entries = [unpaid('u', today + 3), paid('old', today - 400), deleted('gone', today - 1)];
    const plan = planSync(entries, room, today);
    expect(plan.synced).toEqual(['gone', 'u', 'old']);
    expect(plan.notSynced.size).toBe(0);
  });

  it('when near the quota keeps unpaid and recently paid bills, and the older paid ones local', () => {
    const entries = [
      ...Array.from({ length: 200 }, (_, index) => paid(`old-${index}`, today - PAID_KEPT_DAYS - 1 - index, 400)),
      ...Array.from({ length: 100 }, (_, index) => unpaid(`u-${index}`, today + index, 400)),
      paid('recent', today - 10, 400),
    ];
    const plan = planSync(entries, room, today);
    expect(plan.synced).toHaveLength(101);
    expect(plan.synced[0]).toBe('u-0');
    expect(plan.synced.at(-1)).toBe('recent');
    expect([...plan.notSynced.values()].every((reason) => reason === 'old-paid')).toBe(true);
    expect(plan.notSynced.size).toBe(200);
  });

  it('leaves unpaid bills due latest local when even those do not fit, and never a bill over the item limit', () => {
    const entries = [
      ...Array.from({ length: 400 }, (_, index) => unpaid(`u-${String(index).padStart(3, '0')}`, today + index)),
      unpaid('huge', today, SYNC_QUOTA.bytesPerItem + 1),
    ];
    const plan = planSync(entries, room, today);
    const fit = Math.floor(room.bytes / 300);
    expect(plan.synced).toHaveLength(fit);
    expect(plan.synced.at(-1)).toBe(`u-${String(fit - 1).padStart(3, '0')}`);
    expect(plan.notSynced.get('huge')).toBe('too-large');
    expect(plan.notSynced.get('u-399')).toBe('full');
  });

  it('lets tombstones go once every device has had time to see them', () => {
    const plan = planSync([deleted('recent', today - 5), deleted('old', today - TOMBSTONE_KEPT_DAYS - 1)], room, today);
    expect(plan.synced).toEqual(['recent']);
    expect(plan.expired).toEqual(['old']);
  });

  it('plans within the room and the item count, whatever the entries', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.uuid(),
            bytes: fc.integer({ min: 50, max: 9000 }),
            tier: fc.constantFrom('unpaid', 'paid'),
            day: fc.integer({ min: today - 400, max: today + 100 }),
          }),
          { maxLength: 600 },
        ),
        fc.record({ bytes: fc.integer({ min: 0, max: 100_000 }), items: fc.integer({ min: 0, max: 500 }) }),
        (raw, space) => {
          const entries = raw.map(({ id, bytes, tier, day }) =>
            tier === 'paid' ? paid(id, day, bytes) : unpaid(id, day, bytes),
          );
          const plan = planSync(entries, space, today);
          const byId = new Map(entries.map((entry) => [entry.id, entry]));
          const used = plan.synced.reduce((sum, id) => sum + (byId.get(id)?.bytes ?? 0), 0);
          expect(used).toBeLessThanOrEqual(space.bytes);
          expect(plan.synced.length).toBeLessThanOrEqual(space.items);
          expect(plan.synced.length + plan.notSynced.size).toBe(new Set(entries.map((entry) => entry.id)).size);
        },
      ),
    );
  });

  it('spaces writes within the per-minute and per-hour budgets', () => {
    const minute = Array.from({ length: SYNC_BUDGET.writesPerMinute }, (_, index) => NOW - 30_000 + index);
    expect(nextWriteAt(minute, NOW)).toBe(NOW + 30_000);
    expect(nextWriteAt(minute.slice(1), NOW)).toBe(NOW);
    const hour = Array.from({ length: SYNC_BUDGET.writesPerHour }, (_, index) => NOW - 3_000_000 + index * 1000);
    expect(nextWriteAt(hour, NOW)).toBe(NOW - 3_000_000 + 3_600_000);
    expect(SYNC_BUDGET.writesPerMinute).toBeLessThan(SYNC_QUOTA.writesPerMinute);
    expect(SYNC_BUDGET.writesPerHour).toBeLessThan(SYNC_QUOTA.writesPerHour);
  });

  it('groups writes into calls of bounded size', () => {
    const groups = batches(Array.from({ length: 100 }, (_, index) => ({ index, bytes: 300 })));
    expect(groups.map((group) => group.length)).toEqual([54, 46]);
    expect(batches([{ bytes: 20_000 }, { bytes: 1 }]).map((group) => group.length)).toEqual([1, 1]);
  });
});
