import { useRef, useState } from 'preact/hooks';
import { type Locale, localized } from '../lib/i18n/core';
import { type OrdersTranslate, ordersTranslator } from '../lib/i18n/orders-panel';
import { dueFromWords } from '../lib/i18n/provenance';
import { formatMoney } from '../lib/money';
import type { BillChange } from '../lib/orders/reconcile';
import type { OrderChangeView, OrderRowView, PanelView } from '../lib/protocol';
import { messenger } from './client';
import { useFollowedView, useFrameSize } from './panel-frame';
import './orders-panel.css';

interface OrdersPanelProps {
  /** What the background answered the frame's claim with: a view with its orders. */
  initial: PanelView;
  /** Calls the listener whenever the view may have changed: see panel-changes.ts. */
  follow: (listener: () => void) => void;
}

const STATE_BADGE = { untracked: 'badge-unknown', tracked: 'badge-soon', paid: 'badge-eligible' } as const;

/** The panel on an order page: each pay-later order the page shows, tracked or not, and what the page changed. */
export function OrdersPanel({ initial, follow }: OrdersPanelProps) {
  const [view, setView] = useFollowedView(initial, follow);
  const { locale, orders } = view;
  const t = ordersTranslator(locale);
  const [collapsed, setCollapsed] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);

  useFrameSize(root, locale, orders === undefined);

  const act = async (action: () => Promise<PanelView>) => {
    setFailed(false);
    setBusy(true);
    try {
      setView(await action());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  if (!orders) {
    // The tab left its order page: nothing to show until the content script takes the frame away.
    return <section ref={root} class="panel" aria-hidden="true" />;
  }

  const trackable = orders.rows.filter(
    (row) => row.state === 'untracked' && row.trackable && row.candidates.length === 0,
  );
  const changes = orders.changes;
  return (
    <section
      ref={root}
      class="panel orders-panel"
      data-testid="orders"
      data-site={orders.site}
      aria-labelledby="orders-title"
    >
      <header class="panel-header">
        <h1 id="orders-title">
          <img class="logo" src="/icon/32.png" width={18} height={18} alt="" />
          {t('ordersTitle')}
        </h1>
        <button
          type="button"
          class="icon-button"
          aria-expanded={!collapsed}
          aria-controls="orders-body"
          onClick={() => setCollapsed(!collapsed)}
          title={collapsed ? t('expand') : t('collapse')}
        >
          <span aria-hidden="true">{collapsed ? '▾' : '▴'}</span>
          <span class="visually-hidden">{collapsed ? t('expand') : t('collapse')}</span>
        </button>
      </header>
      <div id="orders-body" hidden={collapsed}>
        <div role="status" aria-live="polite">
          {changes.length > 0 && (
            <Changes
              changes={changes}
              locale={locale}
              t={t}
              busy={busy}
              onUndo={(updateId) => act(() => messenger.sendMessage('undoOrderUpdate', { updateId }))}
            />
          )}
        </div>
        <ul class="programs orders">
          {orders.rows.map((row) => (
            <OrderRow
              key={row.orderId}
              row={row}
              locale={locale}
              t={t}
              busy={busy}
              onTrack={() => act(() => messenger.sendMessage('trackOrder', { orderId: row.orderId }))}
              onLink={(billId) => act(() => messenger.sendMessage('linkOrder', { orderId: row.orderId, billId }))}
            />
          ))}
        </ul>
        {trackable.length > 1 && (
          <button
            type="button"
            class="primary track-all"
            data-action="track-all-orders"
            disabled={busy}
            onClick={() => act(() => messenger.sendMessage('trackAllOrders', {}))}
          >
            {t('trackAll', { count: trackable.length })}
          </button>
        )}
        {failed && (
          <p class="error" role="alert">
            {t('actionFailed')}
          </p>
        )}
      </div>
    </section>
  );
}

interface RowProps {
  row: OrderRowView;
  locale: Locale;
  t: OrdersTranslate;
  busy: boolean;
  onTrack: () => void;
  onLink: (billId: string) => void;
}

function OrderRow({ row, locale, t, busy, onTrack, onLink }: RowProps) {
  const money = (amount: number) => formatMoney({ amount, currency: row.currency }, locale);
  const titleId = `order-${row.orderId}`;
  return (
    <li
      class={`program order state-${row.state}`}
      aria-labelledby={titleId}
      data-order={row.orderId}
      data-program={row.program}
      data-currency={row.currency}
      data-state={row.state}
      {...(row.amount !== undefined ? { 'data-amount': String(row.amount) } : {})}
      {...(row.due ? { 'data-due': row.due } : {})}
      {...(row.cancelled ? { 'data-cancelled': 'true' } : {})}
    >
      <div class="program-head">
        <span class="program-name" id={titleId}>
          {localized(row.name, locale)}
        </span>
        <span class={`badge ${STATE_BADGE[row.state]}`}>{t(`state.${row.state}`)}</span>
        {row.amount !== undefined && <strong class="order-amount">{money(row.amount)}</strong>}
      </div>
      <p class="muted small">{t('orderNumber', { id: row.orderId })}</p>
      {row.cancelled ? (
        <p class="note">{t('cancelled')}</p>
      ) : (
        row.state !== 'paid' && (
          <p class="due">
            {row.due ? <strong>{t('dueOn', { date: row.due })}</strong> : t('dueUnknown')}
            {row.due && <span class="due-from muted small"> · {dueFromWords(row.dueFrom, locale)}</span>}
          </p>
        )
      )}
      {row.state === 'untracked' && row.candidates.length > 0 && (
        <fieldset class="ask">
          <legend>{t('askWhich')}</legend>
          {row.candidates.map((candidate) => (
            <button
              key={candidate.billId}
              type="button"
              data-action="link-order"
              data-bill={candidate.billId}
              disabled={busy}
              onClick={() => onLink(candidate.billId)}
            >
              {t('askBill', {
                date: candidate.purchased,
                amount: formatMoney({ amount: candidate.total, currency: candidate.currency }, locale),
              })}
            </button>
          ))}
        </fieldset>
      )}
      {row.state === 'untracked' && row.trackable && (
        <button type="button" class="primary" data-action="track-order" disabled={busy} onClick={onTrack}>
          {row.candidates.length > 0 ? t('trackAsNew') : t('trackOrder')}
        </button>
      )}
    </li>
  );
}

function changeWords(change: BillChange, locale: Locale, t: OrdersTranslate, currency: string): string {
  const money = (value: string | undefined) =>
    value === undefined ? '' : formatMoney({ amount: Number(value), currency }, locale);
  if (change.field === 'amount') return t('change.amount', { from: money(change.from), to: money(change.to) });
  return t(`change.${change.field}`, { from: change.from ?? '', to: change.to ?? '' });
}

function Changes({
  changes,
  locale,
  t,
  busy,
  onUndo,
}: {
  changes: readonly OrderChangeView[];
  locale: Locale;
  t: OrdersTranslate;
  busy: boolean;
  onUndo: (updateId: string) => void;
}) {
  return (
    <section class="changes" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changesTitle')}</h2>
      <ul>
        {changes.map((change) => (
          <li key={change.id} data-update={change.id} data-changed-order={change.orderId}>
            <span>
              {localized(change.name, locale)} · {t('orderNumber', { id: change.orderId })}:{' '}
              {change.changes
                .map((item) => changeWords(item, locale, t, change.currency))
                .join(locale === 'zh-CN' ? '；' : '; ')}
            </span>{' '}
            {change.undone ? (
              <span class="muted small">{t('undone')}</span>
            ) : (
              <button
                type="button"
                data-action="undo-order-update"
                aria-label={t('undoLabel', { id: change.orderId })}
                disabled={busy}
                onClick={() => onUndo(change.id)}
              >
                {t('undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
