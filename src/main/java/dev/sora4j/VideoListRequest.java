package dev.sora4j;

import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideosContract;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which page of jobs to list: how many, in which order, after which job. Every value is
 * optional; an unset value is not sent, so the server's default applies.
 *
 * <pre>{@code
 * VideoListRequest request = VideoListRequest.builder().limit(50).order(VideoListOrder.ASC).build();
 * }</pre>
 *
 * <p>Immutable; {@link Builder#build()} checks every rule.
 */
public final class VideoListRequest {
  /** The contract's largest page: {@value}. */
  public static final int MAX_LIMIT = VideosContract.LIST_LIMIT_MAXIMUM;

  private static final VideoListRequest FIRST_PAGE = new VideoListRequest(null, null, null);

  private final Integer limit;
  private final VideoListOrder order;
  private final String after;

  private VideoListRequest(Integer limit, VideoListOrder order, String after) {
    this.limit = limit;
    this.order = order;
    this.after = after;
  }

  /**
   * Returns the request of the first page, with the server's defaults.
   *
   * @return a request with nothing set
   */
  public static VideoListRequest firstPage() {
    return FIRST_PAGE;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.limit = limit;
    builder.order = order;
    builder.after = after;
    return builder;
  }

  /**
   * Returns the page size.
   *
   * @return {@value VideosContract#LIST_LIMIT_MINIMUM} to {@value #MAX_LIMIT}, or empty for the server's default
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Returns the sort order by creation time.
   *
   * @return the order, or empty for the server's default
   */
  public Optional<VideoListOrder> order() {
    return Optional.ofNullable(order);
  }

  /**
   * Returns the cursor: the page starts after this job.
   *
   * @return a job id (a previous page's {@code last_id}), or empty for the first page
   */
  public Optional<String> after() {
    return Optional.ofNullable(after);
  }

  Integer limitOrNull() {
    return limit;
  }

  VideoListOrder orderOrNull() {
    return order;
  }

  String afterOrNull() {
    return after;
  }

  /** The next page's request: the same limit and order, after the given job. */
  VideoListRequest withAfter(String after) {
    return new VideoListRequest(limit, order, Requests.checkNotBlank("after", after));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoListRequest)) {
      return false;
    }
    VideoListRequest that = (VideoListRequest) other;
    return Objects.equals(limit, that.limit) && order == that.order && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, order, after);
  }

  /** Names only the values set. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VideoListRequest{");
    String separator = "";
    if (limit != null) {
      out.append("limit=").append(limit);
      separator = ", ";
    }
    if (order != null) {
      out.append(separator).append("order=").append(order);
      separator = ", ";
    }
    if (after != null) {
      out.append(separator).append("after=").append(ModelSupport.abbreviate(after));
    }
    return out.append('}').toString();
  }

  /** Builds a {@link VideoListRequest}; not thread-safe. */
  public static final class Builder {
    private Integer limit;
    private VideoListOrder order;
    private String after;

    private Builder() {
    }

    /**
     * Sets the page size.
     *
     * @param limit {@value VideosContract#LIST_LIMIT_MINIMUM} to {@value #MAX_LIMIT}
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the sort order by creation time.
     *
     * @param order {@link VideoListOrder#ASC} (oldest first) or {@link VideoListOrder#DESC}
     *     (newest first); null for the server's default
     * @return this builder
     */
    public Builder order(VideoListOrder order) {
      this.order = order;
      return this;
    }

    /**
     * Sets the cursor: the page starts after this job.
     *
     * @param after a previous page's {@code last_id}; null for the first page
     * @return this builder
     */
    public Builder after(String after) {
      this.after = after;
      return this;
    }

    /**
     * Builds the request after checking it.
     *
     * @return the immutable request
     * @throws IllegalArgumentException naming the field and the rule, if the limit is outside
     *     {@value VideosContract#LIST_LIMIT_MINIMUM} to {@value #MAX_LIMIT}, the order is {@link
     *     VideoListOrder#UNKNOWN}, or the cursor is blank
     */
    public VideoListRequest build() {
      if (limit != null) {
        Requests.checkRange("limit", limit, VideosContract.LIST_LIMIT_MINIMUM, MAX_LIMIT);
      }
      if (order == VideoListOrder.UNKNOWN) {
        throw new IllegalArgumentException("order: must be asc or desc, was UNKNOWN");
      }
      if (after != null) {
        Requests.checkNotBlank("after", after);
      }
      return new VideoListRequest(limit, order, after);
    }
  }
}
