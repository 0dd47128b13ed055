import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client of one volume's content API. */
export type VolumeFetchClient = Client<paths>;

type Schemas = components["schemas"];
export type VolumeEntryStat = Schemas["VolumeEntryStat"];
export type VolumeEntryType = Schemas["VolumeEntryType"];
export type VolumeMetadata = Schemas["VolumeMetadata"];
export type VolumeErrorBody = Schemas["Error"];
