/** `page` / `page_size` query values as the SQL limit and offset. */
export function toLimitOffset(query: { page: number; page_size: number }) {
  return { limit: query.page_size, offset: (query.page - 1) * query.page_size };
}

/** List meta of a whole (unpaginated) list. */
export function wholeList(length: number) {
  return { page: 1, pageSize: Math.max(length, 1), total: length };
}
