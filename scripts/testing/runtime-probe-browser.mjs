// The browser entry of the probe, bundled by esbuild: the page calls window.probe.
import { probe } from "./runtime-probe-lib.mjs";

globalThis.probe = probe;
