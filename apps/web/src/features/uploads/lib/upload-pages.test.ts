import { describe, expect, it } from 'vitest';
import type { UploadsPage } from '../api/uploads';
import { upload } from '../test/fixtures';
import { flattenPages, type UploadPages, updateUpload, withFreshFirstPage } from './upload-pages';

const done = (id: string) => upload({ id, filename: `${id}.csv`, status: 'completed', progress: 100 });
const page = (ids: string[], nextBefore: number | null): UploadsPage => ({
  uploads: ids.map(done),
  nextBefore,
});
const pages = (...list: UploadsPage[]): UploadPages => ({
  pages: list,
  pageParams: list.map((_, i) => (i === 0 ? undefined : (list[i - 1]?.nextBefore ?? undefined))),
});
const ids = (data: UploadPages | null) => (data ? flattenPages(data).map((item) => item.id) : null);

describe('upload pages', () => {
  it('flattens pages newest first, each upload once', () => {
    expect(ids(pages(page(['c', 'b'], 2), page(['b', 'a'], null)))).toEqual(['c', 'b', 'a']);
  });

  it('changes an upload on whichever page holds it', () => {
    const data = updateUpload(pages(page(['c', 'b'], 2), page(['a'], null)), 'a', (item) => ({
      ...item,
      status: 'deleted',
    }));
    expect(flattenPages(data).map((item) => item.status)).toEqual(['completed', 'completed', 'deleted']);
  });

  it('takes a polled first page as is when it holds the same uploads', () => {
    const fresh = page(['c', 'b'], 2);
    const next = withFreshFirstPage(pages(page(['c', 'b'], 2), page(['a'], null)), fresh);
    expect(next?.pages[0]).toBe(fresh);
    expect(ids(next)).toEqual(['c', 'b', 'a']);
  });

  it('asks for a full refetch when a new upload shifted the first page', () => {
    const loaded = pages(page(['c', 'b'], 2), page(['a'], null));
    expect(withFreshFirstPage(loaded, page(['d', 'c'], 3))).toBeNull();
    // With one page loaded nothing can fall between pages.
    expect(ids(withFreshFirstPage(pages(page(['c', 'b'], 2)), page(['d', 'c'], 3)))).toEqual(['d', 'c']);
  });

  it('asks for a full refetch while an older page holds a running upload', () => {
    const running = { uploads: [upload({ id: 'a' })], nextBefore: null };
    expect(withFreshFirstPage(pages(page(['c', 'b'], 2), running), page(['c', 'b'], 2))).toBeNull();
  });
});
