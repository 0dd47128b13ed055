import { mockSetup } from "../../../scripts/testing/mock-setup.js";

export default mockSetup(["e2b", "e2b-sandbox", "e2b-volume", "e2b-envd"]);
