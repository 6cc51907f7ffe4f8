import type { ErrorObject } from "ajv";

/** Validates a ruleset against ruleset.schema.json (generated ahead of time; see validator-source.ts). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
