package dev.tolk.app;

import dev.tolk.config.Overrides;

/** What the user asked a run to do: on which project, with which settings, and how. */
public record RunRequest(ProjectSelection project, Overrides overrides, RunOptions options) {}
