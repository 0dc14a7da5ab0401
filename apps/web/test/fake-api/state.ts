import type {
  AuditLogEntry,
  DashboardSummary,
  Invitation,
  Location,
  Member,
  MyCompany,
  Role,
  User,
} from '@ayni/contracts';
import { COMPANY_A, SUMMARY, TEST_PASSWORD, TEST_USER } from '../fixtures';
import { uuid } from './http';

/** The code the fake authenticator shows while two-factor is on. */
export const TOTP_CODE = '123456';

export interface InviteToken {
  company: MyCompany;
  email: string;
  status: 'pending' | 'expired' | 'accepted' | 'revoked';
}

/**
 * Everything the fake API knows. One signed-in user at a time (registering replaces it);
 * tests tweak this between steps and inspect it afterwards.
 */
export interface ApiState {
  user: User;
  password: string;
  token: string;
  companies: MyCompany[];
  summaries: Record<string, DashboardSummary>;
  /** Status codes to answer the next dashboard summary requests with, consumed in order. */
  summaryFailures: number[];
  /** Delay before answering, to observe loading states. */
  delayMs: number;
  /** The refresh-token cookie login sets; `/auth/refresh` answers only to it (null: no session). */
  refreshToken: string | null;
  /** The access token `/auth/refresh` hands out (it becomes `token`). */
  refreshedToken: string;
  emailVerified: boolean;
  /** Two-factor on: login needs `TOTP_CODE` or one of `recoveryCodes`. */
  twoFactor: boolean;
  recoveryCodes: string[];
  /** Secret handed out by `/2fa/setup`, waiting for `/2fa/enable`. */
  pendingTotpSecret: string | null;
  /** Tokens that `/verify-email` and `/password-reset/confirm` accept (each once). */
  verifyTokens: string[];
  resetTokens: string[];
  /** E-mails that asked for a reset link. */
  resetRequests: string[];
  /** RUTs of companies registered by other people. */
  takenRuts: string[];
  /** `/auth/demo` says a visitor may try the demo (and starting one works). */
  demoAvailable: boolean;
  locations: Record<string, Location[]>;
  members: Record<string, Member[]>;
  /** Demo visitors per company (`/members/demo-visitors`; never listed as members). */
  demoVisitors: Record<string, number>;
  invitations: Record<string, Invitation[]>;
  audit: Record<string, AuditLogEntry[]>;
  inviteTokens: Record<string, InviteToken>;
}

export const OTHER_MEMBERS: Member[] = [
  {
    user_id: uuid(2),
    name: 'Pedro Soto',
    email: 'pedro@almacen.cl',
    role: 'admin',
    joined_at: '2026-03-02T12:00:00.000Z',
  },
  {
    user_id: uuid(3),
    name: 'Ana Rojas',
    email: 'ana@almacen.cl',
    role: 'viewer',
    joined_at: '2026-05-10T12:00:00.000Z',
  },
];

export function memberOf(user: User, role: Role, joinedAt = '2026-01-15T12:00:00.000Z'): Member {
  return { user_id: user.id, name: user.name, email: user.email, role, joined_at: joinedAt };
}

/** 45 entries, newest first, so the log has three pages of 20. */
function auditTrail(): AuditLogEntry[] {
  return Array.from({ length: 45 }, (_, index) => ({
    id: 45 - index,
    user: { id: TEST_USER.id, name: TEST_USER.name, email: TEST_USER.email },
    action: index % 2 === 0 ? 'member.role_changed' : 'location.updated',
    target: { type: 'user', id: uuid(3) },
    ip: '190.22.10.1',
    user_agent: 'test',
    metadata:
      index % 2 === 0 ? { email: `persona${45 - index}@almacen.cl`, from: 'viewer', to: 'admin' } : {},
    created_at: new Date(Date.UTC(2026, 10, 21, 12, 0) - index * 3_600_000).toISOString(),
  }));
}

export function defaultState(): ApiState {
  return {
    user: TEST_USER,
    password: TEST_PASSWORD,
    token: 'test-access-token',
    companies: [COMPANY_A],
    summaries: { [COMPANY_A.id]: SUMMARY },
    summaryFailures: [],
    delayMs: 0,
    refreshToken: 'test-refresh-token',
    refreshedToken: 'test-access-token-refreshed',
    emailVerified: true,
    twoFactor: false,
    recoveryCodes: [],
    pendingTotpSecret: null,
    verifyTokens: ['verify-token-ok'],
    resetTokens: ['reset-token-ok'],
    resetRequests: [],
    takenRuts: ['11111111-1'],
    demoAvailable: false,
    locations: {
      [COMPANY_A.id]: [
        {
          id: uuid(11),
          name: 'Casa matriz',
          address: 'Av. Brasil 123, Valparaíso',
          created_at: '2026-01-15T12:00:00.000Z',
        },
      ],
    },
    members: { [COMPANY_A.id]: [memberOf(TEST_USER, 'owner'), ...OTHER_MEMBERS.map((m) => ({ ...m }))] },
    demoVisitors: {},
    invitations: {
      [COMPANY_A.id]: [
        {
          id: uuid(21),
          email: 'contador@almacen.cl',
          role: 'finance',
          invited_by: TEST_USER.id,
          expires_at: '2026-11-28T12:00:00.000Z',
          created_at: '2026-11-21T12:00:00.000Z',
        },
      ],
    },
    audit: { [COMPANY_A.id]: auditTrail() },
    inviteTokens: {},
  };
}
