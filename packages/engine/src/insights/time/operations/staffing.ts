/**
 * Suggested staff per weekday × hour: ceil(average tickets in that slot / tickets one employee
 * serves in an hour), at least 1 where the slot has had sales, 0 where it never had any.
 */
export function suggestedStaff(avgTickets: number[][], active: boolean[][], ticketsPerEmployeeHour: number) {
  return avgTickets.map((row, w) =>
    row.map((tickets, hour) => {
      if (!active[w]?.[hour]) return 0;
      // Rounded first so 12.0000000001 tickets on a capacity of 12 stays 1 person, not 2.
      const needed = Math.ceil(Math.round((tickets / ticketsPerEmployeeHour) * 1e6) / 1e6);
      return Math.max(1, needed);
    }),
  );
}
