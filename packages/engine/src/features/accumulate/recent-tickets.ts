/** Closed tickets a contiguous book can still reopen. */
export const RECENT_TICKETS = 1024;

/**
 * The last tickets a contiguous `TicketBook` closed (RECENT_TICKETS of them), with their first
 * ticket-day, so that a ticket whose lines come back shortly after it closed is reopened
 * instead of breaking the promise of contiguous tickets.
 *
 * Stored lines are read back in heap order, which is file order but for the start of each
 * chunk a first import inserted: PostgreSQL puts its first rows into room left on an earlier
 * page, usually a few dozen lines before the end of the previous chunk (a million-line import
 * read back had 49 such tickets, none more than 38 tickets away; chunks of 40 lines put one 68
 * away). Without this, every such read fell back to a second read of every line; a ticket that
 * comes back from further away still does. Finding one is a scan of this list, done only for
 * the few tickets whose hash is among the closed ones.
 */
export class RecentTickets {
  private readonly ids: (string | null)[];
  private readonly heads: Int32Array;
  private next = 0;

  constructor(private readonly size = RECENT_TICKETS) {
    this.ids = new Array(size).fill(null);
    this.heads = new Int32Array(size).fill(-1);
  }

  /** A ticket just closed; `head`: its first ticket-day. */
  remember(transId: string, head: number): void {
    this.ids[this.next] = transId;
    this.heads[this.next] = head;
    this.next = (this.next + 1) % this.size;
  }

  /** The first ticket-day of `transId` when it is among the last closed (and forgets it), else −1. */
  take(transId: string): number {
    for (let k = 1; k <= this.size; k++) {
      const at = (this.next - k + this.size) % this.size;
      if (this.ids[at] !== transId) continue;
      const head = this.heads[at] as number;
      this.ids[at] = null;
      this.heads[at] = -1;
      return head;
    }
    return -1;
  }

  /** Calls `keep(head)` for each remembered ticket: a fold must keep their ticket-days. */
  forEachHead(keep: (head: number) => void): void {
    for (const head of this.heads) if (head >= 0) keep(head);
  }

  /** Follows a fold: ticket-day `e` is now `moved[e]` (the remembered ones are all kept). */
  renumber(moved: Int32Array): void {
    for (let at = 0; at < this.size; at++) {
      const head = this.heads[at] as number;
      if (head >= 0) this.heads[at] = moved[head] as number;
    }
  }
}
