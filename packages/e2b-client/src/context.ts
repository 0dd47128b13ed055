import type { Client } from "openapi-fetch";
import type { paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client every resource builds on. */
export type E2bFetchClient = Client<paths>;
