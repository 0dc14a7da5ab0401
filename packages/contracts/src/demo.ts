import { z } from 'zod';

/** `GET /auth/demo`: whether a visitor may try the demo company without an account. */
export const demoAvailabilitySchema = z.object({ available: z.boolean() });
export type DemoAvailability = z.infer<typeof demoAvailabilitySchema>;
