// GENERATED FILE, DO NOT EDIT. Source: spec/e2b.yaml. Regenerate with `pnpm generate`.

/** Whether each operation ("METHOD /path") takes credentials, from the spec's `security`. */
export const operationSecurity = {
  "GET /health": "none",
  "GET /sessions": "required",
  "POST /sessions": "optional",
  "DELETE /sessions/{sessionID}": "required",
  "POST /sessions/{sessionID}/refresh": "optional",
  "GET /envs": "required",
  "POST /envs": "required",
  "POST /envs/{codeSnippetID}": "required",
  "DELETE /envs/{codeSnippetID}": "required",
  "PATCH /envs/{codeSnippetID}": "required",
  "PUT /envs/{codeSnippetID}/state": "required",
  "PUT /envs/{codeSnippetID}/title": "required"
} as const;
