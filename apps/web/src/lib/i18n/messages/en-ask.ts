import type { askEs } from './es-ask';

/** Ask AYNI: the question box on the dashboards (English). */
export const askEn: Record<keyof typeof askEs, string> = {
  'ask.title': 'Ask AYNI',
  'ask.subtitle': 'Ask about your sales in words: answers come from your own figures.',
  'ask.label': 'Your question',
  'ask.placeholder': 'How much did I sell last month vs the month before?',
  'ask.submit': 'Ask',
  'ask.asking': 'Looking into your data…',
  'ask.suggested': 'Try:',
  'ask.recent': 'Your recent questions:',
  'ask.suggestion.1': 'How did we do last month?',
  'ask.suggestion.2': 'Top 5 products this year',
  'ask.suggestion.3': 'What is my average ticket on Saturdays?',
  'ask.suggestion.4': 'Which customers are at risk?',
  'ask.open': 'See the detail',
  'ask.sources': 'Sources',
  'ask.chartLabel': 'Chart of the answer: {title}',
  'ask.error': 'We could not answer right now. Try again.',
};
