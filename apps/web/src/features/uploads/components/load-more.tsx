import { Button } from '../../../components/button';
import { FormAlert } from '../../../components/form/form-alert';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface LoadMoreProps {
  /** Older uploads remain on the server. */
  hasMore: boolean;
  loading: boolean;
  /** Why the last page could not load; the button asks again. */
  error: unknown;
  onLoadMore: () => void;
}

/** "Cargar más" under a list of uploads, with the error of the last try if it failed. */
export function LoadMore({ hasMore, loading, error, onLoadMore }: LoadMoreProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      {error != null && <FormAlert>{errorMessage(error, i18n)}</FormAlert>}
      {hasMore && (
        <div className="flex justify-center">
          <Button variant="secondary" loading={loading} onClick={onLoadMore}>
            {loading ? t('uploads.table.loadingMore') : t('uploads.table.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
