import { useEffect, useId, useState } from 'preact/hooks';
import { localized, type Translate, translator } from '../lib/i18n';
import { toDecimalString } from '../lib/money';
import {
  OVERRIDE_BOUNDS,
  overridableFields,
  type ProgramOverride,
  ProgramOverrides as ProgramOverridesSchema,
  parseOverrides,
} from '../lib/profile';
import { PROGRAMS } from '../lib/programs';
import type { Program, ScheduleRule } from '../lib/programs/schema';
import { OVERRIDES_KEY } from '../lib/storage-keys';
import { parseTypedAmount } from './format';
import { useLocale } from './locale';
import { updateStoredValue, useStoredValue } from './shopper-storage';

type Field = keyof ProgramOverride;
type WholeField = keyof typeof OVERRIDE_BOUNDS;

const LABEL_KEYS = {
  days: 'overrideDays',
  expectedDeliveryDays: 'overrideDelivery',
  statementDay: 'overrideStatementDay',
  dueDay: 'overrideDueDay',
  creditLimit: 'overrideCreditLimit',
} as const;

/** The rule's own number for a field, shown beside the shopper's. */
function ruleValue(rule: ScheduleRule, field: WholeField): number | undefined {
  switch (field) {
    case 'days':
      return rule.kind === 'days-after-purchase' || rule.kind === 'days-after-receipt' ? rule.days : undefined;
    case 'expectedDeliveryDays':
      return rule.kind === 'days-after-receipt' ? rule.expectedDeliveryDays : undefined;
    case 'statementDay':
      return rule.kind === 'monthly-statement' ? rule.statementDay : undefined;
    case 'dueDay':
      return rule.kind === 'monthly-statement' ? rule.dueDay : undefined;
  }
}

/** The field's text as a number for storage: undefined when empty, null when not acceptable. */
function parseField(program: Program, field: Field, text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field === 'creditLimit') return parseTypedAmount(trimmed, program.currency);
  const [min, max] = OVERRIDE_BOUNDS[field];
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

function formatField(program: Program, field: Field, value: number | undefined): string {
  if (value === undefined) return '';
  return field === 'creditLimit' ? toDecimalString({ amount: value, currency: program.currency }) : String(value);
}

/**
 * The shopper's own numbers for each program (days to pay, statement and due day, credit left),
 * replacing the published rule in verdicts and schedules. Stored in storage.local only.
 */
export function ProgramOverrides() {
  const locale = useLocale();
  const t = translator(locale);
  const overrides = useStoredValue(OVERRIDES_KEY, parseOverrides);
  const id = useId();
  return (
    <section class="program-overrides" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('overridesTitle')}</h3>
      <p class="muted small">{t('overridesIntro')}</p>
      {PROGRAMS.map((program) => (
        <ProgramFields
          key={program.id}
          program={program}
          override={overrides[program.id]}
          name={localized(program.name, locale)}
          t={t}
        />
      ))}
    </section>
  );
}

interface FieldsProps {
  program: Program;
  override: ProgramOverride | undefined;
  name: string;
  t: Translate;
}

function ProgramFields({ program, override, name, t }: FieldsProps) {
  const fields = overridableFields(program.schedule.value);
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState(false);
  const id = useId();

  // What is stored wins over a draft once it has been saved (or changed in another tab).
  useEffect(() => setDrafts({}), [override]);

  const save = async (change: (current: ProgramOverride) => ProgramOverride) => {
    try {
      await updateStoredValue(OVERRIDES_KEY, parseOverrides, (all) => {
        const next = change(all[program.id] ?? {});
        const { [program.id]: _previous, ...rest } = all;
        return ProgramOverridesSchema.parse(Object.keys(next).length > 0 ? { ...rest, [program.id]: next } : rest);
      });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  const commit = (field: Field, text: string) => {
    const value = parseField(program, field, text);
    if (value === null) {
      const message =
        field === 'creditLimit'
          ? t('invalidMoney')
          : t('invalidWhole', { min: OVERRIDE_BOUNDS[field][0], max: OVERRIDE_BOUNDS[field][1] });
      setErrors({ ...errors, [field]: message });
      return;
    }
    setErrors({ ...errors, [field]: undefined });
    void save((current) => {
      const { [field]: _previous, ...rest } = current;
      return value === undefined ? rest : { ...rest, [field]: value };
    });
  };

  return (
    <details class="override" open={override !== undefined}>
      <summary>{name}</summary>
      {fields.map((field) => {
        const input = `${id}-${field}`;
        const rule = field === 'creditLimit' ? undefined : ruleValue(program.schedule.value, field);
        const error = errors[field];
        return (
          <div class="question" key={field}>
            <label for={input}>{t(LABEL_KEYS[field], { currency: program.currency })}</label>{' '}
            <input
              id={input}
              type="text"
              inputMode={field === 'creditLimit' ? 'decimal' : 'numeric'}
              size={10}
              value={drafts[field] ?? formatField(program, field, override?.[field])}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`${input}-hint`}
              onInput={(event) => setDrafts({ ...drafts, [field]: event.currentTarget.value })}
              onChange={(event) => commit(field, event.currentTarget.value)}
            />{' '}
            <span id={`${input}-hint`} class={error ? 'error small' : 'muted small'}>
              {error ?? t('overrideRule', { value: rule ?? t('overrideNone') })}
            </span>
          </div>
        );
      })}
      {override !== undefined && (
        <button type="button" onClick={() => void save(() => ({}))}>
          {t('overrideReset')}
        </button>
      )}
      {failed && (
        <p class="error" role="alert">
          {t('saveFailed')}
        </p>
      )}
    </details>
  );
}
