import type pg from 'pg';

export interface SessionScope {
  userId: string;
  disabledAt: Date | null;
  passwordChangedAt: Date | null;
  /** The user's role in the company; null when not a member (or the company is deleted). */
  role: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user and their role in `companyId`, in ONE round trip: every company-scoped
 * request asks this before anything else, so under load its latency is every request's floor.
 * The two statements go as one simple query, which PostgreSQL runs as one implicit transaction:
 * `app.user_id` is set for the membership read (row-level security) and gone after it. The ids
 * are inlined because a simple query takes no parameters; only validated UUIDs get there.
 */
export async function findSessionScope(
  pool: pg.Pool,
  companyId: string,
  userId: string,
): Promise<SessionScope | undefined> {
  if (!UUID.test(companyId) || !UUID.test(userId)) return undefined;
  const results = (await pool.query(
    `select set_config('app.user_id', '${userId}', true);
     select u.id, u.disabled_at, u.password_changed_at,
       (select m.role from memberships m join companies c on c.id = m.company_id
        where m.company_id = '${companyId}' and m.user_id = u.id and c.deleted_at is null) as role
     from users u where u.id = '${userId}'`,
  )) as unknown as pg.QueryResult[];
  const row = results[1]?.rows[0] as
    | { id: string; disabled_at: Date | null; password_changed_at: Date | null; role: string | null }
    | undefined;
  if (!row) return undefined;
  return {
    userId: row.id,
    disabledAt: row.disabled_at,
    passwordChangedAt: row.password_changed_at,
    role: row.role,
  };
}
