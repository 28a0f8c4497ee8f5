import { useMemo, useState } from 'preact/hooks';
import { type CalendarDate, isCalendarDate } from '../lib/dates';
import { type Locale, localized, type Translate } from '../lib/i18n';
import { dueFromWords } from '../lib/i18n/provenance';
import { PROGRAM_IDS, type ProgramId, SITE_IDS } from '../lib/ids';
import { toDecimalString } from '../lib/money';
import { siteById } from '../lib/sites';
import type { BillWithInstallments } from '../lib/store/bills';
import type { Installment } from '../lib/store/db';
import type { TodayOf } from '../lib/store/upcoming';
import { messenger } from './client';
import { money, parseTypedAmount, programName } from './format';

type BillStatus = 'open' | 'overdue' | 'closed';
type StatusFilter = 'all' | BillStatus;

interface Filters {
  query: string;
  program: 'all' | ProgramId;
  site: string;
  status: StatusFilter;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { query: '', program: 'all', site: 'all', status: 'all', from: '', to: '' };
const PAGE = 100;

function statusOf({ bill, installments }: BillWithInstallments, today: TodayOf): BillStatus {
  if (bill.status === 'closed') return 'closed';
  return installments.some((row) => row.status === 'upcoming' && row.due < today(row.program)) ? 'overdue' : 'open';
}

function matches(entry: BillWithInstallments, filters: Filters, status: BillStatus): boolean {
  const { bill, installments } = entry;
  if (filters.program !== 'all' && bill.program !== filters.program) return false;
  if (filters.site !== 'all' && (bill.site ?? 'manual') !== filters.site) return false;
  if (filters.status !== 'all' && status !== filters.status) return false;
  if (filters.from || filters.to) {
    const inRange = installments.some(
      (row) => (!filters.from || row.due >= filters.from) && (!filters.to || row.due <= filters.to),
    );
    if (!inRange) return false;
  }
  const query = filters.query.trim().toLowerCase();
  if (query) {
    const haystack = [bill.merchant, bill.orderId, bill.notes, bill.program].join(' ').toLowerCase();
    if (!haystack.includes(query)) return false;
  }
  return true;
}

interface Props {
  entries: readonly BillWithInstallments[];
  locale: Locale;
  t: Translate;
  today: TodayOf;
  onResult: (message: string) => void;
}

export function BillList({ entries, locale, t, today, onResult }: Props) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(
    () =>
      entries
        .map((entry) => ({ entry, status: statusOf(entry, today) }))
        .filter(({ entry, status }) => matches(entry, filters, status)),
    [entries, filters, today],
  );
  const set = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setLimit(PAGE);
  };
  return (
    <>
      <form class="filters" aria-label={t('search')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('search')}
          <input
            type="search"
            value={filters.query}
            placeholder={t('searchPlaceholder')}
            onInput={(event) => set({ query: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('filterProgram')}
          <select
            value={filters.program}
            onChange={(event) => set({ program: event.currentTarget.value as ProgramId })}
          >
            <option value="all">{t('all')}</option>
            {PROGRAM_IDS.map((id) => (
              <option key={id} value={id}>
                {programName(id, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterSite')}
          <select value={filters.site} onChange={(event) => set({ site: event.currentTarget.value })}>
            <option value="all">{t('all')}</option>
            {SITE_IDS.map((id) => (
              <option key={id} value={id}>
                {siteName(id, locale)}
              </option>
            ))}
            <option value="manual">{t('siteManual')}</option>
          </select>
        </label>
        <label>
          {t('filterStatus')}
          <select
            value={filters.status}
            onChange={(event) => set({ status: event.currentTarget.value as StatusFilter })}
          >
            <option value="all">{t('all')}</option>
            <option value="open">{t('statusOpen')}</option>
            <option value="overdue">{t('statusOverdueBill')}</option>
            <option value="closed">{t('statusClosed')}</option>
          </select>
        </label>
        <label>
          {t('filterFrom')}
          <input type="date" value={filters.from} onInput={(event) => set({ from: event.currentTarget.value })} />
        </label>
        <label>
          {t('filterTo')}
          <input type="date" value={filters.to} onInput={(event) => set({ to: event.currentTarget.value })} />
        </label>
      </form>
      <p class="muted small" aria-live="polite">
        {t('billsCount', { shown: Math.min(limit, rows.length), total: rows.length })}
      </p>
      {entries.length === 0 && <p class="empty">{t('noBills')}</p>}
      {entries.length > 0 && rows.length === 0 && <p class="empty">{t('noMatch')}</p>}
      <ul class="bills">
        {rows.slice(0, limit).map(({ entry, status }) => (
          <BillCard key={entry.bill.id} entry={entry} status={status} locale={locale} t={t} onResult={onResult} />
        ))}
      </ul>
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('showMore')}
        </button>
      )}
    </>
  );
}

function siteName(id: string, locale: Locale): string {
  const site = siteById(id as (typeof SITE_IDS)[number]);
  return site ? localized(site.name, locale) : id;
}

interface CardProps {
  entry: BillWithInstallments;
  status: BillStatus;
  locale: Locale;
  t: Translate;
  onResult: (message: string) => void;
}

const STATUS_KEY = { open: 'statusOpen', overdue: 'statusOverdueBill', closed: 'statusClosed' } as const;
const STATUS_BADGE = { open: 'badge-soon', overdue: 'badge-overdue', closed: 'badge-eligible' } as const;

function BillCard({ entry, status, locale, t, onResult }: CardProps) {
  const { bill, installments } = entry;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const send = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) onResult(done);
    } catch {
      onResult(t('actionFailed'));
    }
  };
  const titleId = `bill-title-${bill.id}`;
  return (
    <li class="bill" id={`bill-${bill.id}`} tabIndex={-1} aria-labelledby={titleId} data-bill={bill.id}>
      <div class="bill-head">
        <h3 id={titleId}>
          {programName(bill.program, locale)}
          {bill.merchant ? ` · ${bill.merchant}` : ''}
        </h3>
        <span class="amount">{money(bill.total, bill.currency, locale)}</span>
        <span class={`badge ${STATUS_BADGE[status]}`}>{t(STATUS_KEY[status])}</span>
      </div>
      <p class="muted small">
        {bill.site ? siteName(bill.site, locale) : t('siteManual')} · {t('purchasedOn', { date: bill.purchased })}
        {bill.orderId ? ` · ${t('orderNumber', { id: bill.orderId })}` : ''}
        {bill.received ? ` · ${t('receivedDate', { date: bill.received })}` : ''}
      </p>
      {bill.notes && <p class="notes">{bill.notes}</p>}
      {bill.awaitingReceipt && bill.status === 'open' && (
        <ReceiptForm billId={bill.id} purchased={bill.purchased} t={t} send={send} />
      )}
      {mode === 'edit' ? (
        <EditForm entry={entry} t={t} onClose={() => setMode('view')} send={send} />
      ) : (
        <ul class="bill-installments">
          {installments.map((row) => (
            <InstallmentLine key={row.id} row={row} locale={locale} t={t} send={send} />
          ))}
        </ul>
      )}
      {mode === 'confirm-delete' ? (
        <fieldset class="confirm">
          <legend>{t('confirmDelete')}</legend>
          <button type="button" onClick={() => setMode('view')}>
            {t('cancel')}
          </button>
          <button
            type="button"
            class="danger"
            data-action="confirm-delete"
            // biome-ignore lint/a11y/noAutofocus: the confirmation appears because the shopper asked for it
            autoFocus
            onClick={() => send(() => messenger.sendMessage('deleteBill', { billId: bill.id }))}
          >
            {t('confirmDeleteYes')}
          </button>
        </fieldset>
      ) : (
        mode === 'view' && (
          <div class="bill-actions">
            <button type="button" data-action="edit" onClick={() => setMode('edit')}>
              {t('edit')}
            </button>
            <button type="button" data-action="delete" onClick={() => setMode('confirm-delete')}>
              {t('delete')}
            </button>
          </div>
        )
      )}
    </li>
  );
}

type Send = (action: () => Promise<unknown>, done?: string) => Promise<void>;

function InstallmentLine({ row, locale, t, send }: { row: Installment; locale: Locale; t: Translate; send: Send }) {
  const paid = row.status === 'paid';
  const cancelled = row.status === 'cancelled';
  return (
    <li class="bill-installment" data-installment-row={row.id}>
      <span>{t('installmentLabel', { sequence: row.sequence })}</span>
      <span>{t('dueOn', { date: row.due })}</span>
      <span class="amount">{money(row.amount, row.currency, locale)}</span>
      <span class="tag" data-due-from={row.dueFrom?.kind ?? 'rule'}>
        {dueFromWords(row.dueFrom, locale)}
      </span>
      {paid && <span class="badge badge-eligible">{t('statusPaid', { date: row.paidOn ?? '' })}</span>}
      {cancelled && <span class="badge badge-unknown">{t('statusCancelled')}</span>}
      {!cancelled && (
        <span class="row-actions">
          {!paid && (
            <button
              type="button"
              aria-pressed={row.dismissed === true}
              onClick={() =>
                send(() =>
                  messenger.sendMessage('dismissReminders', { installmentId: row.id, dismissed: !row.dismissed }),
                )
              }
            >
              {row.dismissed ? t('resumeReminders') : t('stopReminders')}
            </button>
          )}
          <button
            type="button"
            data-action={paid ? 'mark-unpaid' : 'mark-paid'}
            onClick={() =>
              send(() => messenger.sendMessage(paid ? 'markUnpaid' : 'markPaid', { installmentId: row.id }))
            }
          >
            {paid ? t('markUnpaid') : t('markPaid')}
          </button>
        </span>
      )}
    </li>
  );
}

function ReceiptForm({
  billId,
  purchased,
  t,
  send,
}: {
  billId: string;
  purchased: CalendarDate;
  t: Translate;
  send: Send;
}) {
  const [received, setReceived] = useState('');
  return (
    <form
      class="receipt"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isCalendarDate(received)) return;
        void send(() => messenger.sendMessage('confirmReceived', { billId, received }));
      }}
    >
      <p class="small">{t('awaitingReceipt')}</p>
      <label>
        {t('receivedOn')}
        <input
          type="date"
          required
          min={purchased}
          value={received}
          onInput={(event) => setReceived(event.currentTarget.value)}
        />
      </label>
      <button type="submit" data-action="goods-received">
        {t('goodsReceived')}
      </button>
    </form>
  );
}

interface EditProps {
  entry: BillWithInstallments;
  t: Translate;
  onClose: () => void;
  send: Send;
}

function EditForm({ entry, t, onClose, send }: EditProps) {
  const { bill, installments } = entry;
  const unpaid = installments.filter((row) => row.status === 'upcoming');
  const [merchant, setMerchant] = useState(bill.merchant ?? '');
  const [orderId, setOrderId] = useState(bill.orderId ?? '');
  const [notes, setNotes] = useState(bill.notes ?? '');
  const [rows, setRows] = useState(
    unpaid.map((row) => ({ id: row.id, due: row.due as string, amount: toDecimalString(row) })),
  );
  const [error, setError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const changes: { id: string; due: CalendarDate; amount: number }[] = [];
    for (const row of rows) {
      const amount = parseTypedAmount(row.amount, bill.currency);
      if (amount === null) return setError(t('invalidAmount'));
      if (!isCalendarDate(row.due)) return setError(t('invalidDate'));
      changes.push({ id: row.id, due: row.due, amount });
    }
    void send(() =>
      messenger.sendMessage('updateBill', {
        billId: bill.id,
        merchant: merchant.trim().slice(0, 200),
        orderId: orderId.trim().slice(0, 64),
        notes: notes.slice(0, 2000),
        installments: changes,
      }),
    ).then(onClose);
  };

  return (
    <form class="edit-bill" onSubmit={submit}>
      <label>
        {t('fieldMerchant')}
        <input maxLength={200} value={merchant} onInput={(event) => setMerchant(event.currentTarget.value)} />
      </label>
      <label>
        {t('fieldOrderId')}
        <input maxLength={64} value={orderId} onInput={(event) => setOrderId(event.currentTarget.value)} />
      </label>
      <label>
        {t('fieldNotes')}
        <textarea maxLength={2000} value={notes} onInput={(event) => setNotes(event.currentTarget.value)} />
      </label>
      {rows.map((row, index) => {
        const sequence = unpaid[index]?.sequence ?? index + 1;
        const update = (patch: Partial<typeof row>) =>
          setRows(rows.map((other) => (other.id === row.id ? { ...other, ...patch } : other)));
        return (
          <fieldset key={row.id} class="form-row">
            <legend>{t('installmentLabel', { sequence })}</legend>
            <label>
              {t('fieldDue')}
              <input
                type="date"
                required
                value={row.due}
                onInput={(event) => update({ due: event.currentTarget.value })}
              />
            </label>
            <label>
              {`${t('fieldAmount')} (${bill.currency})`}
              <input
                inputMode="decimal"
                required
                value={row.amount}
                onInput={(event) => update({ amount: event.currentTarget.value })}
              />
            </label>
          </fieldset>
        );
      })}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
