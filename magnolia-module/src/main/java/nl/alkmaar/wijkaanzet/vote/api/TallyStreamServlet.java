package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;

/**
 * {@code GET /api/tallies/stream?wijk=…}: the wijk's counts as Server-Sent Events ({@code event:
 * tally}, the same JSON as {@code /api/tallies}), at most four a second, resumable with {@code
 * Last-Event-ID}. Where the container cannot hold a stream open (a filter without async support, as
 * in Magnolia's filter chain unless the install guide's change is made) it sends the current
 * snapshot once and ends; the widget then polls {@code /api/tallies} with {@code If-None-Match}.
 */
public class TallyStreamServlet extends ApiServlet {

  private LiveTallies live;
  private WijkAanZetRuntime liveFor;

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    String wijk = wijkParameter(request, runtime);
    // Other sites may show the bars: reading counts needs no cookie and changes nothing.
    response.setHeader("Access-Control-Allow-Origin", "*");
    String lastEventId = request.getHeader("Last-Event-ID");
    if (!request.isAsyncSupported()) {
      once(response, runtime, wijk);
      return;
    }
    live(runtime).open(request, response, wijk, lastEventId);
  }

  /** The snapshot once, with a hint to come back in a while, for a container without async. */
  private static void once(HttpServletResponse response, WijkAanZetRuntime runtime, String wijk)
      throws IOException {
    response.setContentType("text/event-stream");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    var event = LiveTallies.event(runtime.voting().tally(wijk));
    response
        .getOutputStream()
        .write(
            ("retry: 10000\nid: "
                    + event.id()
                    + "\nevent: "
                    + event.name()
                    + "\ndata: "
                    + event.data()
                    + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
  }

  /** One set of streams per runtime; a new runtime (a module restart) gets new ones. */
  private synchronized LiveTallies live(WijkAanZetRuntime runtime) {
    if (live == null || liveFor != runtime) {
      if (live != null) {
        live.close();
      }
      live = new LiveTallies(runtime.voting());
      liveFor = runtime;
    }
    return live;
  }

  /** Streams open now (for tests and the benchmark). */
  public synchronized int openStreams() {
    return live == null ? 0 : live.openStreams();
  }

  /**
   * Ends every open stream (browsers reconnect to whatever serves next); a host calls this before a
   * graceful stop, which would otherwise wait for streams that never end by themselves.
   */
  public synchronized void endStreams() {
    if (live != null) {
      live.close();
      live = null;
    }
  }

  @Override
  public void destroy() {
    endStreams();
    super.destroy();
  }
}
