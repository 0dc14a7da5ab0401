import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, getMe, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

const REFRESH = '/api/v1/auth/refresh';

describe('refresh-token reuse (a stolen token)', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Theft');
  });
  afterAll(() => t.close());

  const refresh = (token: string) => post(t.app, REFRESH, { refresh_token: token });
  const familyOf = async (userId: string) =>
    (
      await t.db.pool.query<{ family_id: string; revoked_at: Date | null }>(
        'select family_id, revoked_at from refresh_tokens where user_id = $1',
        [userId],
      )
    ).rows;

  it('revokes the whole family when an already-rotated token comes back, and only that family', async () => {
    const victim = (await login(t.app, owner)).json().data;
    const otherDevice = (await login(t.app, owner)).json().data;

    // The attacker copies the victim's refresh token; the victim keeps using the app.
    const stolen = victim.refresh_token as string;
    const second = (await refresh(stolen)).json().data;
    const third = (await refresh(second.refresh_token)).json().data;
    expect(third.refresh_token).toBeTruthy();

    // The attacker replays the stolen (already rotated) token.
    const replay = await refresh(stolen);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('UNAUTHORIZED');

    // Now the victim's current token is dead too: everyone in that family signs in again.
    expect((await refresh(third.refresh_token)).statusCode).toBe(401);
    const stolenHash = createHash('sha256').update(stolen).digest('hex');
    const found = await t.db.pool.query('select family_id from refresh_tokens where token_hash = $1', [
      stolenHash,
    ]);
    const victimFamily = found.rows[0].family_id;
    const rows = await familyOf(owner.user.id);
    const family = rows.filter((r) => r.family_id === victimFamily);
    expect(family).toHaveLength(3);
    expect(family.every((r) => r.revoked_at !== null)).toBe(true);

    // The other device's session is a different family and keeps working.
    const other = await refresh(otherDevice.refresh_token);
    expect(other.statusCode).toBe(200);
    expect((await getMe(t.app, other.json().data.access_token)).statusCode).toBe(200);

    const kinds = (await authEventsOf(t, { userId: owner.user.id })).map((e) => e.kind);
    expect(kinds).toContain('refresh_reuse');
  });

  it('treats a token used twice at once the same way: one wins, then the family is revoked on reuse', async () => {
    const session = (await login(t.app, owner)).json().data;
    const [a, b] = await Promise.all([refresh(session.refresh_token), refresh(session.refresh_token)]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 401]);
    const winner = (a.statusCode === 200 ? a : b).json().data;
    // The loser's attempt was a reuse: the winner's new token went down with its family.
    expect((await refresh(winner.refresh_token)).statusCode).toBe(401);
  });
});
