import type { pageMessagesEs } from './page-messages';

/**
 * Keys of the copy that lazy pages bring with them (page-messages.ts, registered with
 * `addMessages` when its chunk loads), so the entry chunk carries only the copy of what everyone
 * sees first. A type import only: nothing here reaches the bundle.
 */
export type LazyMessageKey = keyof typeof pageMessagesEs;
