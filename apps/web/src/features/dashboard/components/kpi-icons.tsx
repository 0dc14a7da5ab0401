/** Small stroke icons for the KPI cards (decorative). */
function Icon({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const KPI_ICONS = {
  revenue: <Icon d="M3 17l6-6 4 4 8-8M15 7h6v6" />,
  tickets: <Icon d="M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6" />,
  averageTicket: <Icon d="M4 20V10M10 20V4M16 20v-7M22 20H2" />,
  units: <Icon d="M21 8l-9-5-9 5 9 5 9-5zM3 8v8l9 5 9-5V8M12 13v8" />,
  returns: <Icon d="M9 14L4 9l5-5M4 9h11a5 5 0 010 10h-3" />,
};
