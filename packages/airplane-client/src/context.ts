import type { Client } from "openapi-fetch";
import type { paths } from "./generated/api.gen.js";

/** What every resource needs: the typed openapi-fetch client. */
export type AirplaneFetchClient = Client<paths>;
