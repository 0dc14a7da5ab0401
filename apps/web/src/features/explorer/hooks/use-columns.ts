import type { CatalogFeature } from '@ayni/contracts';
import { useCallback, useMemo } from 'react';
import { es, type MessageKey } from '../../../lib/i18n/messages-es';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ExplorerRow } from '../api/explorer';
import {
  type CellValue,
  columnDecimals,
  type FormatWords,
  formatOf,
  type ValueFormat,
} from '../lib/format-value';
import { type ExplorerLevel, visibleColumns } from '../lib/levels';

export interface Column {
  name: string;
  /** Short header: the app's label for the feature, else its name. */
  label: string;
  /** The catalog's description in the UI language (header tooltip), with its unit. */
  description: string | null;
  format: ValueFormat;
  /** Decimals every row of the column shows (figures only), so they line up. */
  decimals: number | null;
}

const humanize = (name: string) => {
  const text = name.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** Label of any feature: the message catalog's short label, else the feature name. */
export function useColumnLabel() {
  const { t } = useI18n();
  return useCallback(
    (name: string) => {
      const key = `explorer.col.${name}`;
      return key in es ? t(key as MessageKey) : humanize(name);
    },
    [t],
  );
}

/** Yes/no and weekday names for `formatValue`, in the UI language. */
export function useFormatWords(): FormatWords {
  const { t } = useI18n();
  return {
    yes: t('explorer.bool.true'),
    no: t('explorer.bool.false'),
    weekday: (day) => {
      const key = `explorer.weekday.${day}`;
      return key in es ? t(key as MessageKey) : String(day);
    },
  };
}

/** The catalog as a map by feature name. */
export function useCatalogMap(catalog: CatalogFeature[] | undefined) {
  return useMemo(() => new Map((catalog ?? []).map((feature) => [feature.name, feature])), [catalog]);
}

/**
 * The level's columns present in the rows, labelled and formatted from the feature catalog
 * (header tooltip = the catalog's description and unit; numbers by its `format`).
 */
export function useColumns(
  level: ExplorerLevel,
  rows: ExplorerRow[] | undefined,
  catalog: CatalogFeature[] | undefined,
): Column[] {
  const { language } = useI18n();
  const labelOf = useColumnLabel();
  const byName = useCatalogMap(catalog);
  return useMemo(() => {
    const list = rows ?? [];
    return visibleColumns(level, list).map((name) => {
      const feature = byName.get(name);
      const sample = list.find((row) => row[name] !== null && row[name] !== undefined)?.[name];
      const text = feature ? (language === 'es' ? feature.description_es : feature.description_en) : null;
      const unit =
        feature && !['text', 'date', 'index', 'boolean'].includes(feature.unit) ? feature.unit : null;
      const format = formatOf(feature, sample as CellValue);
      return {
        name,
        label: labelOf(name),
        description: text ? (unit ? `${text} (${unit})` : text) : null,
        format,
        decimals: columnDecimals(
          format,
          list.map((row) => row[name] as CellValue),
        ),
      };
    });
  }, [level, rows, byName, language, labelOf]);
}
