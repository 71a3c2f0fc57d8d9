package dev.tolk.config;

import dev.tolk.core.ConfigurationException;
import dev.tolk.core.LanguageCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Applies precedence: a flag beats the environment ({@code TOLK_PROVIDER}, {@code TOLK_MODEL},
 * {@code TOLK_TARGET_LANGS}, {@code ANTHROPIC_BASE_URL}), which beats tolk.yaml, which beats the
 * shipped defaults.
 */
public final class SettingsResolver {
  private final Defaults defaults;
  private final Map<String, String> environment;

  public SettingsResolver(Defaults defaults, Map<String, String> environment) {
    this.defaults = defaults;
    this.environment = environment;
  }

  /**
   * @param project the project config, or null when there is none ({@code tolk translate})
   */
  public Settings resolve(Path projectRoot, ProjectConfig project, Overrides flags) {
    ProjectConfig p = project == null ? ProjectConfig.empty() : project;
    String source = first(flags.sourceLanguage(), null, p.source(), defaults.source());
    List<String> targets =
        flags.targets() != null
            ? flags.targets()
            : env("TOLK_TARGET_LANGS") != null ? split(env("TOLK_TARGET_LANGS")) : p.targets();
    if (targets == null || targets.isEmpty()) {
      throw new ConfigurationException(
          "no target languages: pass --target-lang (e.g. -t fr,de) or set targets in tolk.yaml");
    }
    source = LanguageCode.require(source);
    List<String> checked = new ArrayList<>();
    for (String target : targets) {
      String code = LanguageCode.require(target.trim());
      if (code.equals(source)) {
        throw new ConfigurationException(
            "target language '"
                + target.trim()
                + "' is the source language: drop it from the targets");
      }
      if (!checked.contains(code)) {
        checked.add(code);
      }
    }
    String provider =
        first(flags.provider(), env("TOLK_PROVIDER"), p.provider(), defaults.provider());
    String model = first(flags.model(), env("TOLK_MODEL"), p.model(), defaults.model());
    int concurrency = firstInt(flags.concurrency(), p.concurrency(), defaults.concurrency());
    return new Settings(
        projectRoot,
        source,
        List.copyOf(checked),
        provider,
        model,
        p.files() == null ? List.of() : p.files(),
        p.removeDeletedKeys() == null || p.removeDeletedKeys(),
        positive(concurrency, "concurrency"),
        chunking(p.chunking()),
        api(),
        batch(p.batch(), flags),
        new ModelPrices(defaults.models(), defaults.batchDiscount()),
        QualityResolver.resolve(p));
  }

  /** How to reach the API; all that {@code tolk batch ...} needs. */
  public ApiSettings api() {
    Defaults.Retry retry = defaults.retry();
    return new ApiSettings(
        first(null, env("ANTHROPIC_BASE_URL"), null, defaults.api().baseUrl()),
        defaults.api().version(),
        Durations.parse(defaults.api().connectTimeout(), "api.connect-timeout"),
        Durations.parse(defaults.api().readTimeout(), "api.read-timeout"),
        new RetrySettings(
            retry.maxRetries(),
            Durations.parse(retry.initialBackoff(), "retry.initial-backoff"),
            Durations.parse(retry.maxBackoff(), "retry.max-backoff"),
            Durations.parse(retry.maxWait(), "retry.max-wait"),
            Durations.parse(retry.chunkDeadline(), "retry.chunk-deadline")));
  }

  private Chunking chunking(ProjectConfig.ChunkingSection project) {
    Defaults.Chunking shipped = defaults.chunking();
    int maxItems =
        project != null && project.maxItems() != null ? project.maxItems() : shipped.maxItems();
    int maxOutput =
        project != null && project.maxOutputTokens() != null
            ? project.maxOutputTokens()
            : shipped.maxOutputTokens();
    return new Chunking(
        positive(maxItems, "chunking.max-items"),
        positive(maxOutput, "chunking.max-output-tokens"));
  }

  private BatchSettings batch(ProjectConfig.BatchSection project, Overrides flags) {
    Defaults.Batch shipped = defaults.batch();
    ProjectConfig.BatchSection p =
        project == null ? new ProjectConfig.BatchSection(null, null, null, null, null) : project;
    return new BatchSettings(
        firstInt(flags.batchThreshold(), p.threshold(), shipped.threshold()),
        Durations.parse(
            first(flags.pollInterval(), null, p.pollInterval(), shipped.pollInterval()),
            "poll-interval"),
        Durations.parse(first(flags.maxWait(), null, p.maxWait(), shipped.maxWait()), "max-wait"),
        limit(p.maxRequests(), shipped.maxRequests(), 100_000, "batch.max-requests"),
        limit(p.maxBytes(), shipped.maxBytes(), 256_000_000L, "batch.max-bytes"),
        shipped.maxRounds());
  }

  private String env(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String first(String flag, String env, String file, String fallback) {
    return flag != null ? flag : env != null ? env : file != null ? file : fallback;
  }

  private static int firstInt(Integer flag, Integer file, int fallback) {
    return flag != null ? flag : file != null ? file : fallback;
  }

  /** A configured limit, never above the API's own. */
  private static int limit(Integer configured, int fallback, int api, String what) {
    return (int) limit(configured == null ? null : configured.longValue(), fallback, api, what);
  }

  private static long limit(Long configured, long fallback, long api, String what) {
    long value = configured == null ? fallback : configured;
    if (value < 1 || value > api) {
      throw new ConfigurationException(
          what + " must be between 1 and " + api + " (got " + value + ")");
    }
    return value;
  }

  private static int positive(int value, String what) {
    if (value < 1) {
      throw new ConfigurationException(what + " must be at least 1 (got " + value + ")");
    }
    return value;
  }
}
