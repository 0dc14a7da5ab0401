import { type AskLanguage, type AskValue, askQuerySchema } from '@ayni/contracts';
import type { AskVocabulary } from '@ayni/engine';
import { z } from 'zod';
import type { ToolSpec } from './llm-client';

export const QUERY_TOOL: ToolSpec = {
  name: 'run_query',
  description:
    "Runs a structured query over the company's sales features. Periods are resolved to dates " +
    '(YYYY-MM-DD); grain is day, week (ISO, Monday to Sunday), month, quarter, year or range.',
  parameters: z.toJSONSchema(askQuerySchema, { io: 'input' }) as Record<string, unknown>,
};

const MAX_NAMES = 150;

/** What the model needs to resolve a question: today's date, the data's last day, and the company's names. */
export function querySystemPrompt(
  dataThrough: string,
  vocabulary: AskVocabulary | null,
  today: string = dataThrough,
): string {
  const names = vocabulary
    ? [
        `Products (code: name): ${vocabulary.products
          .slice(0, MAX_NAMES)
          .map((p) => `${p.id}: ${p.name}`)
          .join('; ')}`,
        `Categories: ${vocabulary.categories.join('; ')}`,
        `Branches: ${vocabulary.locations.join('; ')}`,
      ].join('\n')
    : '';
  return [
    "You turn a Chilean small business owner's question (Spanish or English) into one call of run_query.",
    `Today in Chile is ${today}: resolve calendar words against it ("hoy", "ayer", "la semana pasada", "el mes pasado", "este trimestre", month names: the latest one begun by today).`,
    `The data runs to ${dataThrough}: rolling windows ("los últimos 30 días", "la última semana") and open ranges ("desde octubre", "a la fecha") end on that day.`,
    'Filters use exact product codes, category and branch names from the lists below. Never invent values.',
    names,
  ].join('\n');
}

export function writerSystemPrompt(language: AskLanguage): string {
  return language === 'es'
    ? 'Escribe en español de Chile, en una o dos frases, la respuesta a la pregunta usando SOLO las cifras entregadas, con el formato dado. No des consejos financieros. No agregues otras cifras.'
    : 'Write the answer to the question in one or two sentences of English using ONLY the figures given, formatted as given. Give no financial advice. Add no other numbers.';
}

export function writerUserPrompt(question: string, values: AskValue[], draft: string): string {
  return JSON.stringify({ question, figures: values, reference_answer: draft });
}
