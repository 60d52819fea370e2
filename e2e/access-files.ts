/** Where the setup project leaves the owner's browser session and an API key for the specs (per E2E_PORT). */
const PORT = Number(process.env.E2E_PORT || 3100);
export const OWNER_STATE = `e2e/.data/owner-${PORT}.json`;
export const API_KEY_FILE = `e2e/.data/apikey-${PORT}.txt`;
export const OWNER = { name: "Olivia Owner", email: "owner@hookstack.test", password: "owner-password-1" };
