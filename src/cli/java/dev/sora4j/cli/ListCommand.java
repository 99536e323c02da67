package dev.sora4j.cli;

import dev.sora4j.VideoListRequest;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoList;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideosContract;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sora4j list}: one page of jobs, or with {@code --all} every job, page after page. */
@Command(name = "list", sortOptions = false,
    description = "List video jobs, newest first unless --order asc.")
final class ListCommand extends SubCommand {
  @Option(names = {"-n", "--limit"}, paramLabel = "N", order = 1,
      description = "Jobs per page, " + VideosContract.LIST_LIMIT_MINIMUM + " to " + VideosContract.LIST_LIMIT_MAXIMUM
          + " (the server's default if unset).")
  Integer limit;

  @Option(names = "--order", paramLabel = "ORDER", order = 2, converter = Converters.OrderConverter.class,
      completionCandidates = Converters.OrderCandidates.class,
      description = "By creation time: ${COMPLETION-CANDIDATES}.")
  VideoListOrder order;

  @Option(names = "--after", paramLabel = "VIDEO_ID", order = 3, description = "Start after this job (the last of the previous page).")
  String after;

  @Option(names = {"-a", "--all"}, order = 4, description = "Every job: fetch page after page (--limit is then the page size).")
  boolean all;

  @Override
  public Integer call() {
    VideoListRequest request = request(this::buildRequest);
    Output output = output();
    try (ApiSession session = connect()) {
      if (all) {
        boolean any = false;
        for (Video video : session.videos().listAll(request)) {
          if (!any) {
            output.videoListHeader();
            any = true;
          }
          output.videoRow(video);
        }
        if (!any) {
          output.note("no videos");
        }
        return Main.OK;
      }
      VideoList page = session.videos().list(request);
      if (page.data().isEmpty()) {
        output.note("no videos");
      } else {
        output.videoListHeader();
        for (Video video : page.data()) {
          output.videoRow(video);
        }
      }
      if (Boolean.TRUE.equals(page.hasMore()) && page.lastId().isPresent()) {
        output.note("more: " + nextPageCommand(page.lastId().get()) + " (or --all)");
      }
      return Main.OK;
    }
  }

  private VideoListRequest buildRequest() {
    VideoListRequest.Builder builder = VideoListRequest.builder();
    if (limit != null) {
      builder.limit(limit);
    }
    if (order != null) {
      builder.order(order);
    }
    if (after != null) {
      builder.after(after);
    }
    return builder.build();
  }

  /**
   * The command that lists the next page: this one's order and limit, after the page's last job,
   * on the same server (its base URL, query parameters and key header, given as options; never the
   * key itself).
   */
  String nextPageCommand(String lastId) {
    StringBuilder command = new StringBuilder("sora4j list");
    if (limit != null) {
      command.append(" --limit ").append(limit);
    }
    if (order != null) {
      command.append(" --order ").append(order.value());
    }
    command.append(" --after ").append(quoted(lastId));
    SoraCommand root = root();
    if (root.baseUrl != null) {
      command.append(" --base-url ").append(quoted(root.baseUrl));
    }
    for (Map.Entry<String, String> parameter : root.query.entrySet()) {
      command.append(" --query ").append(quoted(parameter.getKey() + "=" + parameter.getValue()));
    }
    if (root.authHeader != null) {
      command.append(" --auth-header ").append(quoted(root.authHeader));
    }
    return command.toString();
  }

  /** A word as a shell reads it back: as it is when it is plain, else in single quotes. */
  private static String quoted(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
