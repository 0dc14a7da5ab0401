import { DayTicketCounter, type DayTickets } from './day-ticket-counts';
import { DocumentIdSet } from './document-id-set';
import { RecentTickets } from './recent-tickets';
import { TextPool } from './text-pool';

/** A contiguous book folds its closed tickets away once it holds this many ticket-days. */
const FOLD_AT = 16_384;

/**
 * Every ticket (transId) once, with the days and hours it appears in. Ticket-days are numbered
 * in order of appearance; per ticket-day, typed arrays hold the local day, the hours (bit per
 * hour) with sale lines and with return lines, and the next day the same transId showed up on
 * (a reused folio, a ticket open past midnight). Nothing here is an object per ticket: a
 * million lines make ~300k tickets and the garbage collector never sees them.
 *
 * transIds are found through an open-addressing table of their FNV-1a hashes (Int32Arrays):
 * in a profile, a `Map` of 300k strings cost as much as everything else the engine does per
 * line, the misses of new tickets touching three scattered places each. The ids themselves are
 * kept as code units in a `TextPool`, not as strings the garbage collector would have to
 * promote and mark.
 *
 * Counting distinct tickets needs nothing more: a ticket on one day counts once in each
 * period holding that day, and the few tickets seen on several days are corrected for (see
 * `tallyTickets`).
 *
 * `contiguous`: the caller promises each ticket's lines come one after another, as POS exports
 * write them. The book then needs no table of transIds: a ticket is closed when the next one
 * starts, and every `FOLD_AT` ticket-days the closed tickets of one day are folded into
 * `foldedSales` / `foldedReturns` and their ticket-days reused (`onFold` lets the tables keyed
 * by ticket-day follow), so memory stays flat in the number of tickets but for 8 bytes each: a
 * 64-bit hash of every closed transId, to catch a ticket that comes back: one of the last
 * RECENT_TICKETS closed is reopened (`RecentTickets`), any other turns `contiguityHeld` false
 * (the counts are then wrong and the lines must go to a book that is not contiguous). A
 * caller that checks the order itself (`checked` false: the import's document keys) spares
 * those 8 bytes too, and must discard the book when its check fails.
 */
export class TicketBook {
  size = 0;
  dayIndex = new Int32Array(1024);
  saleMask = new Int32Array(1024);
  returnMask = new Int32Array(1024);
  /** Next ticket-day of the same transId, or −1. */
  next = new Int32Array(1024).fill(-1);
  /**
   * The ticket (transId) of each ticket-day, numbered 0, 1, 2… in order of first appearance:
   * other accumulators fed the same lines (the insights' baskets) use it instead of interning
   * every transId again.
   */
  ticketOf = new Int32Array(1024);
  /** Distinct transIds (with a sale or return line) so far. */
  tickets = 0;
  private hashes = new Int32Array(1024);
  /** The transId of a chain's first ticket-day: where its code units are in `texts`, how many. */
  private textAt = new Int32Array(1024);
  private textLength = new Int32Array(1024);
  private readonly texts = new TextPool();
  /** Open addressing: first ticket-day of a transId + 1, 0 = empty. Never more than half full. */
  private slots = new Int32Array(2048);
  private heads = 0;
  // Lines of a ticket come one after another in every export we know: remembering the last
  // ticket skips most lookups.
  private lastTransId: string | null = null;
  private lastEntry = -1;
  /** Contiguous book: the open ticket's first ticket-day. */
  private openHead = -1;
  private readonly closed: DocumentIdSet | null;
  /** The last tickets closed: one of them coming back is reopened (see `RecentTickets`). */
  private readonly recent: RecentTickets | null;
  private readonly foldSales = new DayTicketCounter();
  private readonly foldReturns = new DayTicketCounter();
  private foldAt: number;
  /** False once a contiguous book saw a closed ticket come back: its counts are wrong. */
  contiguityHeld = true;
  /**
   * Called when ticket-days were folded away: ticket-day `e` (of the `size` before) is now
   * `moved[e]`, or gone (−1); `kept` ticket-days are left.
   */
  onFold: ((moved: Int32Array, size: number, kept: number) => void) | null = null;

  constructor(
    readonly contiguous = false,
    /** Ticket-days held before a contiguous book folds (small in tests). */
    private readonly foldEvery = FOLD_AT,
    /** A contiguous book remembers closed tickets to catch one that comes back. */
    checked = true,
    /** How many of the last closed tickets it reopens (small in tests). */
    recentTickets?: number,
  ) {
    this.closed = contiguous && checked ? new DocumentIdSet() : null;
    this.recent = this.closed === null ? null : new RecentTickets(recentTickets);
    this.foldAt = foldEvery;
  }

  /** Tickets of one day already folded away (sale lines, return lines). */
  get foldedSales(): DayTickets {
    return this.foldSales.counted();
  }
  get foldedReturns(): DayTickets {
    return this.foldReturns.counted();
  }

  /**
   * `sign`: +1 sale line, −1 return line (0, a free line, makes no ticket). Returns the
   * ticket-day (transId, local day) the line belongs to, or −1 for a free line.
   */
  add(transId: string, dayIndex: number, hour: number, sign: number): number {
    if (sign === 0) return -1;
    let entry = this.lastEntry;
    if (entry < 0 || transId !== this.lastTransId || this.dayIndex[entry] !== dayIndex) {
      entry = this.contiguous ? this.entryInOrder(transId, dayIndex) : this.entryFor(transId, dayIndex);
      this.lastTransId = transId;
      this.lastEntry = entry;
    }
    const bit = 1 << hour;
    if (sign > 0) this.saleMask[entry] = (this.saleMask[entry] as number) | bit;
    else this.returnMask[entry] = (this.returnMask[entry] as number) | bit;
    return entry;
  }

  /** First ticket-day of every transId seen on more than one day, in order of appearance. */
  multiDayTickets(): Int32Array {
    // A chain's later days are some entry's `next`; what has a next and is no one's is a head.
    const later = new Uint8Array(this.size);
    let count = 0;
    for (let entry = 0; entry < this.size; entry++) {
      const following = this.next[entry] as number;
      if (following >= 0) later[following] = 1;
    }
    for (let entry = 0; entry < this.size; entry++)
      if ((this.next[entry] as number) >= 0 && later[entry] === 0) count++;
    const heads = new Int32Array(count);
    count = 0;
    for (let entry = 0; entry < this.size; entry++)
      if ((this.next[entry] as number) >= 0 && later[entry] === 0) heads[count++] = entry;
    return heads;
  }

  /** A contiguous book's ticket-day: of the open ticket, or the first of a new one. */
  private entryInOrder(transId: string, dayIndex: number): number {
    if (this.openHead >= 0 && transId === this.lastTransId) return this.dayOf(this.openHead, dayIndex);
    const closed = this.closed;
    const recent = this.recent;
    if (closed !== null && recent !== null) {
      if (this.lastTransId !== null) {
        closed.add(this.lastTransId);
        if (this.openHead >= 0) recent.remember(this.lastTransId, this.openHead);
      }
      if (closed.has(transId)) {
        const head = recent.take(transId);
        if (head >= 0) {
          this.openHead = head;
          return this.dayOf(head, dayIndex);
        }
        this.contiguityHeld = false;
      }
    }
    if (this.size >= this.foldAt) this.fold();
    const entry = this.newEntry(0, dayIndex);
    this.ticketOf[entry] = this.tickets++;
    this.openHead = entry;
    return entry;
  }

  /**
   * Folds every ticket of a single day into the day counts and packs the rest (tickets of
   * several days, which rows read) at the start. Only between tickets: all are closed.
   */
  private fold(): void {
    const size = this.size;
    const isLater = new Uint8Array(size);
    for (let entry = 0; entry < size; entry++) {
      const following = this.next[entry] as number;
      if (following >= 0) isLater[following] = 1;
    }
    // Recently closed tickets may still be reopened: their ticket-days stay too.
    this.recent?.forEachHead((head) => {
      isLater[head] = 1;
    });
    const moved = new Int32Array(size);
    let kept = 0;
    for (let entry = 0; entry < size; entry++) {
      if ((this.next[entry] as number) >= 0 || isLater[entry] === 1) {
        moved[entry] = kept++;
        continue;
      }
      moved[entry] = -1;
      const dayIndex = this.dayIndex[entry] as number;
      const saleMask = this.saleMask[entry] as number;
      const returnMask = this.returnMask[entry] as number;
      if (saleMask !== 0) this.foldSales.count(dayIndex, saleMask);
      if (returnMask !== 0) this.foldReturns.count(dayIndex, returnMask);
    }
    // Kept ticket-days only move down, and a chain's next is always later: reading entry e
    // before anything is written at e keeps every link.
    for (let entry = 0; entry < size; entry++) {
      const to = moved[entry] as number;
      if (to < 0) continue;
      const following = this.next[entry] as number;
      this.dayIndex[to] = this.dayIndex[entry] as number;
      this.saleMask[to] = this.saleMask[entry] as number;
      this.returnMask[to] = this.returnMask[entry] as number;
      this.ticketOf[to] = this.ticketOf[entry] as number;
      this.next[to] = following < 0 ? -1 : (moved[following] as number);
    }
    this.saleMask.fill(0, kept, size);
    this.returnMask.fill(0, kept, size);
    this.next.fill(-1, kept, size);
    this.size = kept;
    this.lastEntry = -1;
    this.openHead = -1;
    this.recent?.renumber(moved);
    // Tickets of several days pile up only as fast as they come: fold again when as many more
    // ticket-days have come, never more often than every `foldEvery`.
    this.foldAt = kept + this.foldEvery;
    this.onFold?.(moved, size, kept);
  }

  private entryFor(transId: string, dayIndex: number): number {
    const hash = fnv1a(transId);
    const mask = this.slots.length - 1;
    let i = hash & mask;
    for (;;) {
      const slot = this.slots[i] as number;
      if (slot === 0) break;
      const head = slot - 1;
      if (
        this.hashes[head] === hash &&
        this.texts.equals(this.textAt[head] as number, this.textLength[head] as number, transId)
      )
        return this.dayOf(head, dayIndex);
      i = (i + 1) & mask;
    }
    const entry = this.newEntry(hash, dayIndex);
    this.ticketOf[entry] = this.tickets++;
    this.textAt[entry] = this.texts.add(transId);
    this.textLength[entry] = transId.length;
    this.slots[i] = entry + 1;
    if (++this.heads * 2 > this.slots.length) this.rehash();
    return entry;
  }

  /** The ticket-day of `dayIndex` in the chain starting at `head`, added when missing. */
  private dayOf(head: number, dayIndex: number): number {
    let entry = head;
    while (this.dayIndex[entry] !== dayIndex) {
      const following = this.next[entry] as number;
      if (following < 0) {
        const added = this.newEntry(this.hashes[head] as number, dayIndex);
        this.ticketOf[added] = this.ticketOf[head] as number;
        this.next[entry] = added;
        return added;
      }
      entry = following;
    }
    return entry;
  }

  private newEntry(hash: number, dayIndex: number): number {
    if (this.size === this.dayIndex.length) this.grow();
    const entry = this.size++;
    this.dayIndex[entry] = dayIndex;
    this.hashes[entry] = hash;
    return entry;
  }

  private grow(): void {
    const length = this.dayIndex.length * 2;
    const bigger = (old: Int32Array, fill = 0) => {
      const array = new Int32Array(length);
      if (fill !== 0) array.fill(fill, old.length);
      array.set(old);
      return array;
    };
    this.dayIndex = bigger(this.dayIndex);
    this.saleMask = bigger(this.saleMask);
    this.returnMask = bigger(this.returnMask);
    this.hashes = bigger(this.hashes);
    this.next = bigger(this.next, -1);
    this.ticketOf = bigger(this.ticketOf);
    this.textAt = bigger(this.textAt);
    this.textLength = bigger(this.textLength);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.slots.length; k++) {
      const slot = this.slots[k] as number;
      if (slot === 0) continue;
      let i = (this.hashes[slot - 1] as number) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = slot;
    }
    this.slots = slots;
  }
}

/**
 * FNV-1a over UTF-16 code units, as an int32 like the table stores it (the empty string's hash
 * is the offset basis, which does not fit: before `| 0`, an empty transId never found itself).
 * Collisions are resolved by comparing the strings.
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
