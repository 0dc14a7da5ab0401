/** One ticket on one local day: the hours (bit per hour) it had sale and return lines in. */
export class TicketDay {
  saleMask = 0;
  returnMask = 0;
  /** The same transId on another day (rare: a reused folio, a ticket open past midnight). */
  next: TicketDay | null = null;

  constructor(readonly dayIndex: number) {}
}

/**
 * Every ticket (transId) once, with the days and hours it appears in. One map operation per
 * line is enough to count distinct tickets exactly at every calendar level afterwards: a
 * ticket on one day counts once in each period holding that day, and the few tickets seen on
 * several days are corrected for (see `countTickets`).
 */
export class TicketBook {
  readonly tickets = new Map<string, TicketDay>();
  // Lines of a ticket come one after another in every export we know: remembering the last
  // ticket skips two thirds of the lookups in a map of every ticket.
  private lastTransId: string | null = null;
  private lastTicket: TicketDay | null = null;

  /** `sign`: +1 sale line, −1 return line (0, a free line, makes no ticket). */
  add(transId: string, dayIndex: number, hour: number, sign: number): void {
    if (sign === 0) return;
    const last = this.lastTicket;
    if (last !== null && transId === this.lastTransId && last.dayIndex === dayIndex) {
      if (sign > 0) last.saleMask |= 1 << hour;
      else last.returnMask |= 1 << hour;
      return;
    }
    let ticket = this.tickets.get(transId);
    if (ticket === undefined) {
      ticket = new TicketDay(dayIndex);
      this.tickets.set(transId, ticket);
    } else {
      while (ticket.dayIndex !== dayIndex) {
        ticket.next ??= new TicketDay(dayIndex);
        ticket = ticket.next;
      }
    }
    if (sign > 0) ticket.saleMask |= 1 << hour;
    else ticket.returnMask |= 1 << hour;
    this.lastTransId = transId;
    this.lastTicket = ticket;
  }
}
