import {
  arrayBody,
  defined,
  fields,
  requireId,
  toInit,
  unwrap,
  ValidationError,
  type RequestOptions,
} from "@spec-clients/core";
import { unixSeconds } from "./shared.js";
import type { MaxTeamMetric, SandboxFetchClient, Team, TeamMetric } from "./types.js";

/** An interval of metrics: Dates or Unix seconds. */
export interface MetricsRange {
  start?: Date | number | undefined;
  end?: Date | number | undefined;
}

/** The metrics `teams.maxMetric` takes. */
export const TEAM_METRICS = ["concurrent_sandboxes", "sandbox_start_rate"] as const;

const rangeQuery = (range: MetricsRange) => {
  if (typeof range !== "object" || range === null) throw new ValidationError("range must be an object.");
  return defined({ start: unixSeconds(range.start, "start"), end: unixSeconds(range.end, "end") });
};

export function teamsResource(client: SandboxFetchClient) {
  return {
    /** Lists the caller's teams, each with its API key. */
    list: async (options?: RequestOptions) => unwrap<Team[]>(client.GET("/teams", toInit(options)), arrayBody),
    /** The team's concurrent sandboxes and start rate between `start` and `end`, oldest first. */
    metrics: async (teamID: string, range: MetricsRange = {}, options?: RequestOptions): Promise<TeamMetric[]> => {
      const params = { path: { teamID: requireId(teamID, "teamID") }, query: rangeQuery(range) };
      return unwrap(client.GET("/teams/{teamID}/metrics", { params, ...toInit(options) }), arrayBody);
    },
    /** The peak of `metric` between `start` and `end`, and when it was reached. */
    maxMetric: async (
      teamID: string,
      metric: (typeof TEAM_METRICS)[number],
      range: MetricsRange = {},
      options?: RequestOptions,
    ): Promise<MaxTeamMetric> => {
      if (!TEAM_METRICS.includes(metric)) {
        throw new ValidationError(`metric must be one of ${TEAM_METRICS.join(", ")}, got ${JSON.stringify(metric)}.`);
      }
      const params = { path: { teamID: requireId(teamID, "teamID") }, query: { ...rangeQuery(range), metric } };
      return unwrap(client.GET("/teams/{teamID}/metrics/max", { params, ...toInit(options) }), fields({}));
    },
  };
}

/** `team.teams`: the caller's teams and their metrics. */
export interface TeamsResource extends ReturnType<typeof teamsResource> {}
