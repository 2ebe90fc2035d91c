package nl.alkmaar.wijkaanzet.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live vote bars under load: a host in its own JVM with a 256 MB heap, {@code clients} Server-Sent
 * Event streams on one wijk held open by one NIO thread here, then ballots cast one after another
 * over HTTP. Reports the host's heap after a full GC and its resident memory with all streams open,
 * and the time from sending a ballot to each client seeing a count that includes it (p50/p99 over
 * every client and ballot). Run with {@code bench/live-bars.sh}; prints a Markdown table.
 */
public final class LiveBarsBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One stream: when it saw which version (= number of ballots in the wijk) first. */
  private static final class Client {
    final long[] seenAt;
    final StringBuilder tail = new StringBuilder();
    int highest = -1;

    Client(int ballots) {
      seenAt = new long[ballots + 1];
      Arrays.fill(seenAt, -1);
    }

    void saw(int version, long now) {
      for (int v = highest + 1; v <= version && v < seenAt.length; v++) {
        seenAt[v] = now;
      }
      highest = Math.max(highest, version);
    }
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int ballots = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Path jar = Path.of(args.length > 2 ? args[2] : "target/wijkaanzet-standalone.jar");
    Path data = Files.createTempDirectory("bench-live");
    Process host = startHost(jar, data);
    try {
      URI base = baseUri(host);
      HttpClient http = HttpClient.newHttpClient();
      List<String> codes = codes(jar, data, ballots);
      JsonNode ideas =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(base.resolve("/api/ideas?wijk=oudorp")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      List<Client> streams = new ArrayList<>();
      Selector selector = Selector.open();
      long openStart = System.nanoTime();
      for (int i = 0; i < clients; i++) {
        SocketChannel channel =
            SocketChannel.open(new InetSocketAddress("127.0.0.1", base.getPort()));
        channel.write(
            ByteBuffer.wrap(
                ("GET /api/tallies/stream?wijk=oudorp HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        channel.configureBlocking(false);
        Client client = new Client(ballots);
        streams.add(client);
        channel.register(selector, SelectionKey.OP_READ, client);
        if (i % 500 == 499) {
          pump(selector, 0);
        }
      }
      // Everyone has the first snapshot (version 0) before the first ballot.
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (streams.stream().anyMatch(client -> client.highest < 0)
          && System.nanoTime() < deadline) {
        pump(selector, 50);
      }
      long open = streams.stream().filter(client -> client.highest >= 0).count();
      double openSeconds = (System.nanoTime() - openStart) / 1e9;
      String memory = memory(host);

      long[] sentAt = new long[ballots + 1];
      Thread voter =
          new Thread(
              () -> {
                for (int b = 1; b <= ballots; b++) {
                  sentAt[b] = System.nanoTime();
                  cast(
                      http, base, ideas.get(b % ideas.size()).get("id").asText(), codes.get(b - 1));
                  sleep(50);
                }
              });
      voter.start();
      while (voter.isAlive()) {
        pump(selector, 20);
      }
      long until = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < until) {
        pump(selector, 20);
      }
      long[] latencies = latencies(streams, sentAt, ballots);
      long missed = latencies.length == 0 ? 0 : Arrays.stream(latencies).filter(l -> l < 0).count();
      long[] seen = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
      System.out.println();
      System.out.println(
          "| streams open | time to open all | host heap after GC / RSS, all open | ballots | vote-to-client p50 | p99 | max | never seen |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      System.out.printf(
          Locale.ROOT,
          "| %d of %d | %.1f s | %s | %d | %.0f ms | %.0f ms | %.0f ms | %d |%n",
          open,
          clients,
          openSeconds,
          memory,
          ballots,
          seen[seen.length / 2] / 1e6,
          seen[(int) (seen.length * 0.99)] / 1e6,
          seen[seen.length - 1] / 1e6,
          missed);
    } finally {
      host.destroy();
      host.waitFor();
    }
  }

  private static long[] latencies(List<Client> streams, long[] sentAt, int ballots) {
    long[] all = new long[streams.size() * ballots];
    int i = 0;
    for (Client client : streams) {
      for (int b = 1; b <= ballots; b++) {
        all[i++] = client.seenAt[b] < 0 ? -1 : client.seenAt[b] - sentAt[b];
      }
    }
    return all;
  }

  /** Reads what has arrived; records each {@code id: <version>-<points>} line per client. */
  private static void pump(Selector selector, long millis) throws IOException {
    if (selector.select(Math.max(1, millis)) == 0) {
      return;
    }
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long now = System.nanoTime();
    for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
      SelectionKey key = it.next();
      it.remove();
      Client client = (Client) key.attachment();
      buffer.clear();
      int read = ((SocketChannel) key.channel()).read(buffer);
      if (read < 0) {
        key.cancel();
        continue;
      }
      client.tail.append(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
      int at;
      while ((at = client.tail.indexOf("\nid: ")) >= 0) {
        int dash = client.tail.indexOf("-", at);
        if (dash < 0) {
          break;
        }
        client.saw(Integer.parseInt(client.tail.substring(at + 5, dash)), now);
        client.tail.delete(0, dash);
      }
      if (client.tail.length() > 64) {
        client.tail.delete(0, client.tail.length() - 64);
      }
    }
  }

  private static void cast(HttpClient http, URI base, String point, String code) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/ballots"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.writeValueAsString(
                              Map.of("wijk", "oudorp", "points", List.of(point), "code", code))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process startHost(Path jar, Path data) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-jar",
            jar.toString(),
            "--data",
            data.toString(),
            "--port",
            "0",
            "--clock",
            "2024-05-14T10:00:00Z",
            "--demo-punten");
    // As behind a reverse proxy: all streams come from one address, which is then not limited.
    builder.environment().put("WIJKAANZET_TRUSTED_PROXIES", "127.0.0.1");
    return builder.redirectError(data.resolve("host-err.txt").toFile()).start();
  }

  private static URI baseUri(Process host) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      int at = line.indexOf("http://");
      if (at >= 0) {
        return URI.create(line.substring(at).strip());
      }
    }
    throw new IllegalStateException("the host did not start");
  }

  private static List<String> codes(Path jar, Path data, int count) throws Exception {
    Process command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "stemcodes",
                "--data",
                data.toString(),
                "--wijk",
                "oudorp",
                "--aantal",
                String.valueOf(count))
            .start();
    String csv = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    command.waitFor();
    return csv.lines().skip(1).map(line -> line.split(",")[1]).toList();
  }

  /** Heap after a full collection and resident memory of the host, from jcmd and /proc. */
  private static String memory(Process host) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    new ProcessBuilder(jcmd, String.valueOf(host.pid()), "GC.run").start().waitFor();
    String info =
        new String(
            new ProcessBuilder(jcmd, String.valueOf(host.pid()), "GC.heap_info")
                .start()
                .getInputStream()
                .readAllBytes(),
            StandardCharsets.UTF_8);
    java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
    String heap = used.find() ? (Long.parseLong(used.group(1)) / 1024) + " MB" : "?";
    String rss =
        Files.readAllLines(Path.of("/proc/" + host.pid() + "/status")).stream()
            .filter(line -> line.startsWith("VmRSS"))
            .map(line -> (Long.parseLong(line.replaceAll("\\D", "")) / 1024) + " MB")
            .findFirst()
            .orElse("?");
    return heap + " / " + rss;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private LiveBarsBenchmark() {}
}
