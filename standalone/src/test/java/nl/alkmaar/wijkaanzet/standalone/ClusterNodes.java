package nl.alkmaar.wijkaanzet.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL (from Maven) and standalone hosts started on it as cluster nodes, each in its
 * own process with the packaged jar, as an operator starts them. They take turns sending mail.
 */
final class ClusterNodes implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("draait op (http://localhost:\\d+/)");
  private static final String JAR = "target/wijkaanzet-standalone.jar";

  /** The voter secret every node shares (32 bytes). */
  static final String SECRET =
      Base64.getEncoder()
          .encodeToString("clusterdrill-stemgeheim-32-bytes".getBytes(StandardCharsets.UTF_8));

  private EmbeddedPostgres postgres;
  private final Path database;
  private final List<Process> nodes = new ArrayList<>();
  private final Map<String, Process> byId = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();
  private final Map<String, StringBuilder> logs = new HashMap<>();

  ClusterNodes() throws IOException {
    database = Files.createTempDirectory("cluster-postgres");
    postgres = postgres(0);
  }

  /** The database keeps its folder (and its port) when it is stopped and started again. */
  private EmbeddedPostgres postgres(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(database)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  /**
   * Stops PostgreSQL (its connections drop), runs {@code whileDown}, waits until {@code down} has
   * passed, and starts it again.
   */
  void restartPostgres(java.time.Duration down, Runnable whileDown) throws Exception {
    int port = postgres.getPort();
    postgres.close();
    long started = System.nanoTime();
    whileDown.run();
    long left = down.toMillis() - (System.nanoTime() - started) / 1_000_000;
    Thread.sleep(Math.max(0, left));
    postgres = postgres(port);
  }

  /** An environment variable for the nodes started from now on. */
  ClusterNodes with(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Kills a node as a power cut would: SIGKILL, no shutdown hook, nothing flushed. */
  void kill(String nodeId) throws InterruptedException {
    Process node = byId.get(nodeId);
    node.destroyForcibly();
    node.waitFor(20, TimeUnit.SECONDS);
  }

  /** What a node has logged so far (of its latest start). */
  String log(String nodeId) {
    StringBuilder log = logs.get(nodeId);
    synchronized (log) {
      return log.toString();
    }
  }

  String url() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  /** Starts a node and waits until it serves; start the first alone (it creates the tables). */
  URI start(String nodeId, Path data, Path users, String clock, String... more) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR,
                "--port",
                "0",
                "--data",
                data.toString(),
                "--users",
                users.toString(),
                "--cluster",
                url(),
                "--node-id",
                nodeId,
                "--clock",
                clock));
    command.addAll(List.of(more));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("WIJKAANZET_DB_USER", "postgres");
    builder.environment().put("WIJKAANZET_DB_PASSWORD", "");
    builder.environment().put("WIJKAANZET_VOTER_SECRET", SECRET);
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    nodes.add(process);
    byId.put(nodeId, process);
    CompletableFuture<URI> ready = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    logs.put(nodeId, log);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  synchronized (log) {
                    log.append(line).append('\n');
                  }
                  Matcher matcher = READY.matcher(line);
                  if (matcher.find()) {
                    ready.complete(URI.create(matcher.group(1)));
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("node " + nodeId + " ended"));
            },
            "node-" + nodeId);
    reader.setDaemon(true);
    reader.start();
    try {
      return ready.get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      synchronized (log) {
        throw new AssertionError("node " + nodeId + " did not start:\n" + log, e);
      }
    }
  }

  @Override
  public void close() throws Exception {
    for (Process node : nodes) {
      node.destroy();
    }
    for (Process node : nodes) {
      if (!node.waitFor(20, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
    postgres.close();
    try (var files = Files.walk(database)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
