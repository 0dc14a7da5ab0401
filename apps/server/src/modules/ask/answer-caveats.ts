import type { AskLanguage, AskQuery } from '@ayni/contracts';
import { calendarPhrase, dayLabel, formatValue, inPeriod, periodLabel } from './answer-format';
import type { Execution, UfUsed } from './execute-query';

/**
 * What the answer must say about the data behind its figures: a period the data holds only
 * part of (it starts before the first sale, or runs past the last), periods left out of a
 * ranking, months a monthly source summed instead of the days asked, and the UF amounts were
 * converted with.
 */
export function caveats(
  query: AskQuery,
  run: Execution,
  data: { through: string; from: string | null },
  language: AskLanguage,
): string {
  const es = language === 'es';
  const dataThrough = data.through;
  const notes: string[] = [];
  // A period that begins before the first line holds only part of its days: a comparison with
  // it reads as a leap that is only the data starting.
  const period = query.period;
  // A period holding all the data (it starts before and ends after it) is said once, whole.
  const holdsAll =
    period !== null && data.from !== null && period.from < data.from && period.to > dataThrough;
  if (holdsAll && data.from !== null) {
    const label =
      es && period.grain === 'range'
        ? `el período ${periodLabel(period, language)}`
        : periodLabel(period, language);
    const oneDay = data.from === dataThrough;
    const span = oneDay
      ? `${es ? 'son del' : 'are from'} ${dayLabel(dataThrough, language)}`
      : `${es ? 'van' : 'run'} ${inPeriod({ grain: 'range', from: data.from, to: dataThrough }, language)}`;
    notes.push(
      es ? `Tus datos ${span}: ${label} está incompleto.` : `Your data ${span}: ${label} is not complete.`,
    );
  }
  const before = [query.compare, holdsAll ? null : query.period].filter(
    (p): p is NonNullable<AskQuery['period']> => p !== null && data.from !== null && p.from < data.from,
  );
  if (before.length > 0 && data.from !== null) {
    const label = (p: NonNullable<AskQuery['period']>) =>
      es && p.grain === 'range' ? `el período ${periodLabel(p, language)}` : periodLabel(p, language);
    const from = data.from;
    // Wholly before the data, a period is not incomplete: there is nothing of it.
    const said = (p: NonNullable<AskQuery['period']>) =>
      p.to < from
        ? `${label(p)} ${es ? 'es anterior a ellos' : 'is before it'}`
        : `${label(p)} ${es ? 'está incompleto' : 'is not complete'}`;
    const labels = before.map(said).join(es ? ' y ' : ' and ');
    notes.push(
      es
        ? `Tus datos empiezan el ${dayLabel(from, language)}: ${labels}.`
        : `Your data starts on ${dayLabel(from, language)}: ${labels}.`,
    );
  }
  if (period && period.to > dataThrough && !holdsAll) {
    const through = dayLabel(dataThrough, language);
    // Wholly after the data ("hoy" before today's sales are uploaded), a period is not incomplete:
    // there is nothing of it yet.
    const after = period.from > dataThrough;
    // periodLabel names a week with its article already («la semana del…»).
    const article = { day: 'el ', range: 'el período ' } as Record<string, string>;
    const label = `${es ? (article[period.grain] ?? '') : ''}${periodLabel(period, language)}`;
    notes.push(
      es
        ? `Tus datos llegan hasta el ${through}: ${after ? `aún no traen ${label}` : 'el período está incompleto'}.`
        : `Your data runs to ${through}: ${after ? `it does not hold ${label} yet` : 'the period is not complete'}.`,
    );
  }
  if (run.partial && run.partial.length > 0) {
    const article = query.by === 'week' ? (es ? 'la ' : 'the ') : '';
    const left = run.partial
      .map((item) => article + calendarPhrase(query.by, item.start as string, language, true))
      .join(es ? ' ni ' : ' or ');
    notes.push(
      es
        ? `Sin contar ${left}: tus datos ${run.partial.length > 1 ? 'los cubren' : 'lo cubren'} solo en parte.`
        : `Not counting ${left}: your data covers ${run.partial.length > 1 ? 'them' : 'it'} only in part.`,
    );
  }
  const m = run.months;
  if (m?.from && m.to && query.period && (m.from !== query.period.from || m.to !== query.period.to)) {
    const months = periodLabel({ grain: 'range', from: m.from, to: m.to }, language);
    notes.push(
      es ? `Calculado con los meses completos ${months}.` : `Computed over the whole months ${months}.`,
    );
  }
  if (run.uf) notes.push(ufNote(run.uf, language));
  return notes.length ? ` ${notes.join(' ')}` : '';
}

/**
 * Which UF converted the amounts: its value and day, and when it is older than the day wanted
 * (no UF stored for it yet), that it is the last one AYNI has.
 */
function ufNote(uf: NonNullable<Execution['uf']>, language: AskLanguage): string {
  const es = language === 'es';
  const one = (used: UfUsed) => {
    const value = `${formatValue(used.value, 'CLP2', language)} ${es ? 'del' : 'of'} ${dayLabel(used.date, language)}`;
    if (used.date >= used.wanted) return value;
    const wanted = dayLabel(used.wanted, language);
    return es
      ? `${value}, la última que AYNI tiene (aún no tiene la del ${wanted})`
      : `${value}, the latest AYNI has (it has none for ${wanted} yet)`;
  };
  const compare = uf.compare && uf.compare.date !== uf.period.date ? uf.compare : null;
  if (!compare) return es ? `UF de ${one(uf.period)}.` : `UF of ${one(uf.period)}.`;
  return es
    ? `UF de ${one(uf.period)}; el período comparado, con la UF de ${one(compare)}.`
    : `UF of ${one(uf.period)}; the period compared, with the UF of ${one(compare)}.`;
}

/** Why the answer compares fewer days than asked: the period has not ended in the data. */
export function sameDaysNote(asked: AskQuery, dataThrough: string, language: AskLanguage): string {
  const through = dayLabel(dataThrough, language);
  const period = periodLabel(asked.period, language);
  return language === 'es'
    ? ` Tus datos de ${period} llegan hasta el ${through}: se compara con los mismos días.`
    : ` Your data for ${period} runs to ${through}: the same days are compared.`;
}
