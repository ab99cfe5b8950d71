// Seeded generators for simulations (never Math.random): the same mulberry32 and Box–Muller as the demo seed.
export { mulberry32, normal, type Rng } from "../../../api/src/seed/rng.js";
