import type { Client } from "openapi-fetch";
import type { components, paths } from "./generated/api.gen.js";

/** The typed openapi-fetch client of one volume's content API. */
export type VolumeFetchClient = Client<paths>;

type Schemas = components["schemas"];
/** A schema of the spec by name: what an interface extends, so that hovers show the name. */
type Schema<Name extends keyof Schemas> = Schemas[Name];
export interface VolumeEntryStat extends Schema<"VolumeEntryStat"> {}
export type VolumeEntryType = Schemas["VolumeEntryType"];
export interface VolumeMetadata extends Schema<"VolumeMetadata"> {}
export interface VolumeErrorBody extends Schema<"Error"> {}
