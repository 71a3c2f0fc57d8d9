package dev.tolk.config;

import java.util.List;

/**
 * Values given on the command line; null where a flag was not used. Built with {@link #builder()}
 * so that no two values of a type can be swapped.
 */
public record Overrides(
    String sourceLanguage,
    List<String> targets,
    String provider,
    String model,
    Integer concurrency,
    Integer batchThreshold,
    String pollInterval,
    String maxWait) {

  public static final Overrides NONE = builder().build();

  public static Builder builder() {
    return new Builder();
  }

  /** This with the given values where they are not null. */
  public Overrides over(Overrides base) {
    return new Overrides(
        sourceLanguage != null ? sourceLanguage : base.sourceLanguage,
        targets != null ? targets : base.targets,
        provider != null ? provider : base.provider,
        model != null ? model : base.model,
        concurrency != null ? concurrency : base.concurrency,
        batchThreshold != null ? batchThreshold : base.batchThreshold,
        pollInterval != null ? pollInterval : base.pollInterval,
        maxWait != null ? maxWait : base.maxWait);
  }

  /** Named setters for the values given. */
  public static final class Builder {
    private String sourceLanguage;
    private List<String> targets;
    private String provider;
    private String model;
    private Integer concurrency;
    private Integer batchThreshold;
    private String pollInterval;
    private String maxWait;

    public Builder sourceLanguage(String value) {
      sourceLanguage = value;
      return this;
    }

    public Builder targets(List<String> value) {
      targets = value;
      return this;
    }

    public Builder provider(String value) {
      provider = value;
      return this;
    }

    public Builder model(String value) {
      model = value;
      return this;
    }

    public Builder concurrency(Integer value) {
      concurrency = value;
      return this;
    }

    public Builder batchThreshold(Integer value) {
      batchThreshold = value;
      return this;
    }

    public Builder pollInterval(String value) {
      pollInterval = value;
      return this;
    }

    public Builder maxWait(String value) {
      maxWait = value;
      return this;
    }

    public Overrides build() {
      return new Overrides(
          sourceLanguage,
          targets,
          provider,
          model,
          concurrency,
          batchThreshold,
          pollInterval,
          maxWait);
    }
  }
}
