import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { ErrorState } from '../../../components/error-state';
import { FormAlert } from '../../../components/form/form-alert';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { UploadFiles } from '../../downloads/components/upload-files';
import { cancelUpload, getUploadChanges, uploadKeys } from '../api/uploads';
import { RejectedLines } from '../components/rejected-lines';
import { StepIndicator } from '../components/step-indicator';
import { UploadNotes } from '../components/upload-notes';
import { UploadProgress } from '../components/upload-progress';
import { UploadSummary } from '../components/upload-summary';
import { useLiveUpload } from '../hooks/use-live-upload';
import { isRunning, uploadErrorMessage } from '../lib/describe';

export interface UploadRunProps {
  companyId: string;
  uploadId: string;
  onAnother: () => void;
}

const LINK_CLASS = 'text-sm font-semibold text-teal-700 hover:text-teal-800';

/** A sent upload: live progress while it runs, then its result (or why it failed). */
export function UploadRun({ companyId, uploadId, onAnother }: UploadRunProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const live = useLiveUpload(companyId, uploadId);
  const upload = live.upload;
  const completed = upload?.status === 'completed';

  const changes = useQuery({
    queryKey: uploadKeys.changes(uploadId),
    queryFn: ({ signal }) => getUploadChanges(uploadId, signal),
    enabled: completed,
  });
  const cancel = useMutation({
    mutationFn: () => cancelUpload(uploadId),
    onSuccess: (next) => queryClient.setQueryData(uploadKeys.one(uploadId), next),
  });

  // Figures changed: the dashboard must not show its cached numbers.
  useEffect(() => {
    if (completed) void queryClient.invalidateQueries({ queryKey: ['dashboard', companyId] });
  }, [completed, companyId, queryClient]);

  if (!upload) {
    if (live.error) return <ErrorState message={errorMessage(live.error, i18n)} onRetry={live.refetch} />;
    return <PageLoader label={t('uploads.progress.loading')} />;
  }

  const running = isRunning(upload);
  const links = (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
      <Button variant={running ? 'secondary' : 'primary'} onClick={onAnother}>
        {t('uploads.another')}
      </Button>
      {completed && (
        <Link to={`/c/${companyId}`} className={LINK_CLASS}>
          {t('uploads.toDashboard')}
        </Link>
      )}
    </div>
  );

  return (
    <div className="space-y-6">
      <StepIndicator current="import" />
      <Card className="space-y-6 p-5 sm:p-6" aria-labelledby="upload-run-title">
        <h2 id="upload-run-title" className="break-words text-lg font-semibold text-slate-900">
          {running ? t('uploads.progress.title', { name: upload.filename }) : upload.filename}
        </h2>
        {(running || completed) && (
          <UploadProgress
            upload={upload}
            estimate={live.estimate}
            live={live.connected}
            onCancel={running ? () => cancel.mutate() : undefined}
            cancelling={cancel.isPending}
          />
        )}
        {cancel.isError && <FormAlert>{errorMessage(cancel.error, i18n)}</FormAlert>}
        {completed && (
          <>
            <UploadSummary rows={upload.rows} changes={changes.data} />
            {changes.isError && <FormAlert>{errorMessage(changes.error, i18n)}</FormAlert>}
            <RejectedLines upload={upload} />
            <UploadNotes upload={upload} />
          </>
        )}
        {upload.status === 'failed' && (
          <FormAlert>
            <p className="font-semibold">{t('uploads.summary.failedTitle')}</p>
            <p className="mt-1">{uploadErrorMessage(upload, i18n.language) ?? t('errors.unknown')}</p>
          </FormAlert>
        )}
        {(upload.status === 'cancelled' || upload.status === 'deleted') && (
          <FormAlert tone="info">{t(`uploads.stage.${upload.status}`)}</FormAlert>
        )}
      </Card>
      {completed && (
        <section aria-labelledby="upload-files-title" className="space-y-3">
          <div>
            <h2 id="upload-files-title" className="text-lg font-semibold text-slate-900">
              {t('uploads.summary.files')}
            </h2>
            <p className="text-sm text-slate-600">{t('uploads.summary.filesBody')}</p>
          </div>
          <UploadFiles upload={upload} />
        </section>
      )}
      {links}
    </div>
  );
}
