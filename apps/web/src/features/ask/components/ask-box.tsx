import type { AskAnswer } from '@ayni/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { FormAlert } from '../../../components/form/form-alert';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { askAyni, askKeys, getAskHistory } from '../api/ask';
import { AskAnswerChart } from './ask-chart';

const SUGGESTIONS = ['ask.suggestion.1', 'ask.suggestion.2', 'ask.suggestion.3', 'ask.suggestion.4'] as const;

/** "Ask AYNI" on the dashboards: a question in words, the answer with its chart and a link to the detail. */
export function AskBox({ companyId }: { companyId: string }) {
  const { t, language } = useI18n();
  const inputId = useId();
  const [question, setQuestion] = useState('');
  const queryClient = useQueryClient();
  const history = useQuery({
    queryKey: askKeys.history(companyId),
    queryFn: ({ signal }) => getAskHistory(companyId, signal),
  });
  const asking = useMutation({
    mutationFn: (text: string) => askAyni(companyId, text, language),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: askKeys.history(companyId) }),
  });
  const recent = [...new Set((history.data ?? []).map((item) => item.question))];

  const ask = (text: string) => {
    const trimmed = text.trim();
    if (trimmed) asking.mutate(trimmed);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    ask(question);
  };

  return (
    <Card className="space-y-3 p-4" aria-labelledby={`${inputId}-title`}>
      <div>
        <h2 id={`${inputId}-title`} className="text-base font-semibold text-slate-900">
          {t('ask.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('ask.subtitle')}</p>
      </div>
      <form className="flex flex-wrap gap-2" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="sr-only">
          {t('ask.label')}
        </label>
        <input
          id={inputId}
          value={question}
          maxLength={500}
          onChange={(event) => setQuestion(event.target.value)}
          placeholder={t('ask.placeholder')}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <Button type="submit" disabled={asking.isPending || question.trim() === ''}>
          {t('ask.submit')}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t('ask.suggested')}</span>
        {SUGGESTIONS.map((key) => (
          <button
            key={key}
            type="button"
            className="rounded-full border border-teal-200 px-3 py-1 text-teal-800 hover:bg-teal-50"
            onClick={() => {
              setQuestion(t(key));
              ask(t(key));
            }}
          >
            {t(key)}
          </button>
        ))}
      </div>
      {recent.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="ask-recent">
          <span className="text-slate-600">{t('ask.recent')}</span>
          {recent.map((text) => (
            <button
              key={text}
              type="button"
              className="rounded-full border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50"
              onClick={() => {
                setQuestion(text);
                ask(text);
              }}
            >
              {text}
            </button>
          ))}
        </div>
      )}
      {asking.isPending && <p role="status">{t('ask.asking')}</p>}
      {asking.isError && <FormAlert>{t('ask.error')}</FormAlert>}
      {asking.data && !asking.isPending && (
        <AskResult
          answer={asking.data}
          onAsk={(text) => {
            setQuestion(text);
            ask(text);
          }}
        />
      )}
    </Card>
  );
}

function AskResult({ answer, onAsk }: { answer: AskAnswer; onAsk: (question: string) => void }) {
  const { t } = useI18n();
  return (
    <section aria-live="polite" data-testid="ask-answer" className="space-y-2">
      <p className="whitespace-pre-line text-sm text-slate-900">{answer.answer}</p>
      {answer.chart && <AskAnswerChart chart={answer.chart} />}
      {answer.link && (
        <Link to={answer.link} className="text-sm font-medium text-teal-700 underline">
          {t('ask.open')}
        </Link>
      )}
      {answer.sources.length > 0 && answer.kind === 'help' && (
        <p className="text-xs text-slate-600">
          {t('ask.sources')}: {answer.sources.map((source) => source.title).join(' · ')}
        </p>
      )}
      {answer.suggestions.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm">
          {answer.suggestions.map((suggestion) => (
            <li key={suggestion}>
              <button
                type="button"
                className="rounded-full border border-slate-300 px-3 py-1"
                onClick={() => onAsk(suggestion)}
              >
                {suggestion}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
