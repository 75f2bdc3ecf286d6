/**
 * brakes: the kill switch (per agent and global), the hourly budget of destructive actions per
 * agent, and shadow mode (per environment or global). It implements the gateway's `Brakes` port over
 * the store, so every replica on one store obeys the same switches within one poll interval. Who
 * may switch a brake is decided here too (never an agent; releasing needs an admin), so that no door
 * (CLI, API, UI) can differ on it.
 */
export { BrakeService, createBrakeService, switchOf, twoAdminShadowFor } from './brake-service.ts';
export type { BrakeChangeInput, BrakeServiceOptions, BrakeState } from './brake-service.ts';
