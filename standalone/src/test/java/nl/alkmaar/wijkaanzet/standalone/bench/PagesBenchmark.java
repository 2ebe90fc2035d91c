package nl.alkmaar.wijkaanzet.standalone.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.ModerationDecision;
import nl.alkmaar.wijkaanzet.idea.Submitter;
import nl.alkmaar.wijkaanzet.jcr.RepositoryJcrSessions;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.standalone.StandaloneHost;
import nl.alkmaar.wijkaanzet.standalone.StandaloneOptions;
import nl.alkmaar.wijkaanzet.standalone.repository.EmbeddedRepository;
import nl.alkmaar.wijkaanzet.user.ContainerCurrentUser;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * Public reads at campaign scale: a host with {@code points} published points in one wijk
 * (Centrum), loaded by {@code wrk} (2 threads, 32 connections) one address after the other in one
 * run, {@code /health} first as the ceiling of this machine: the wijk page (plain and with gzip
 * asked for, and its 304 when the browser sends the page's ETag back), the list API and the
 * look-alikes API. Run with {@code bench/pages.sh}; prints a Markdown table.
 */
public final class PagesBenchmark {

  private static final String WIJK = "centrum";
  private static final Instant SUBMITTED = Instant.parse("2024-04-02T10:00:00Z");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

  public static void main(String[] args) throws Exception {
    int points = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String clock = args.length > 2 ? args[2] : "2024-04-20T12:00:00Z";
    Path data = Files.createTempDirectory("bench-pages");
    seed(data, points);
    try (StandaloneHost host =
        StandaloneHost.start(
            new StandaloneOptions(
                0,
                data,
                Optional.of(Instant.parse(clock)),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                1000,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                nl.alkmaar.wijkaanzet.HostRole.STANDALONE,
                StandaloneOptions.Demo.NONE))) {
      URI base = host.baseUri();
      String page = base.resolve("/wijk/" + WIJK).toString();
      String etag = etagOf(page);
      String similar =
          base.resolve(
                  "/api/ideas/similar?wijk="
                      + WIJK
                      + "&text="
                      + URLEncoder.encode(
                          "Meer bankjes en bomen op het plein bij de bibliotheek",
                          StandardCharsets.UTF_8))
              .toString();
      List<String[]> rows = new ArrayList<>();
      rows.add(run("/health (ceiling)", base.resolve("/health").toString(), seconds, List.of()));
      rows.add(run("wijk page, " + points + " points", page, seconds, List.of()));
      rows.add(run("wijk page, gzip asked", page, seconds, List.of("-H", "Accept-Encoding: gzip")));
      rows.add(
          run(
              "wijk page, If-None-Match (304)",
              page,
              seconds,
              etag.isEmpty() ? List.of() : List.of("-H", "If-None-Match: " + etag)));
      // The same page at an address the cache does not keep (a filter value that is no id): the
      // template rendered for every request, as before pages were kept (the in-memory view still
      // serves the points).
      rows.add(run("wijk page, rendered every time", page + "?volgorde=NIEUW", seconds, List.of()));
      rows.add(
          run(
              "/api/ideas?wijk=",
              base.resolve("/api/ideas?wijk=" + WIJK).toString(),
              seconds,
              List.of()));
      rows.add(run("/api/ideas/similar", similar, seconds, List.of()));
      System.out.printf(
          Locale.ROOT,
          "%n%d published points in %s, clock %s, wrk -t2 -c32 -d%ds, page %d bytes%n%n",
          points,
          WIJK,
          clock,
          seconds,
          bytesOf(page));
      System.out.println("| address | requests/s | p50 ms | p99 ms | non-2xx/3xx |");
      System.out.println("|---|---|---|---|---|");
      for (String[] row : rows) {
        System.out.println("| " + String.join(" | ", row) + " |");
      }
    }
  }

  /** Three seconds of warming up (JIT, buffers), then the measured run. */
  private static String[] run(String label, String url, int seconds, List<String> headers)
      throws IOException, InterruptedException {
    wrk(url, 3, headers);
    String out = wrk(url, seconds, headers);
    return new String[] {
      label,
      group(RATE, out, "?"),
      latency(out, "50%"),
      latency(out, "99%"),
      group(NON_2XX, out, "0")
    };
  }

  private static String wrk(String url, int seconds, List<String> headers)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency"));
    command.addAll(headers);
    command.add(url);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    return out;
  }

  private static String group(Pattern pattern, String text, String otherwise) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : otherwise;
  }

  /** wrk prints "50% 1.23ms" (or us, s); answered in milliseconds. */
  private static String latency(String out, String percentile) {
    Matcher matcher =
        Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
    if (!matcher.find()) {
      return "?";
    }
    double value = Double.parseDouble(matcher.group(1));
    double ms =
        switch (matcher.group(2)) {
          case "us" -> value / 1000;
          case "s" -> value * 1000;
          default -> value;
        };
    return String.format(Locale.ROOT, "%.2f", ms);
  }

  private static String etagOf(String url) throws IOException, InterruptedException {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue("ETag").orElse("");
  }

  private static int bytesOf(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body()
        .getBytes(StandardCharsets.UTF_8)
        .length;
  }

  /** Published points with texts of residents' length, varied so no two are the same. */
  private static void seed(Path data, int points) {
    String[] subjects = {
      "bankjes",
      "bomen",
      "een zebrapad",
      "verlichting",
      "prullenbakken",
      "een speeltuin",
      "fietsenrekken",
      "een hondenveld",
      "geveltuinen",
      "een jeu-de-boulesbaan",
      "drempels",
      "een watertappunt",
      "laadpalen",
      "een buurtmoestuin",
      "een skatebaan"
    };
    String[] places = {
      "op het plein",
      "langs de gracht",
      "bij de school",
      "in het park",
      "bij het station",
      "bij de bibliotheek",
      "in de Langestraat",
      "bij het winkelcentrum",
      "aan de singel",
      "achter de kerk",
      "bij de sporthal",
      "op de hoek van de straat",
      "bij het buurthuis"
    };
    String[] categories = {"groen", "verkeer", "spelen", "leefbaarheid", "veiligheid", "anders"};
    Clock clock = Clock.fixed(SUBMITTED, ZoneOffset.UTC);
    try (EmbeddedRepository repository = EmbeddedRepository.onDerby(data.resolve("repository"))) {
      WijkAanZetRuntime runtime =
          RuntimeAssembly.create(
              clock,
              new RepositoryJcrSessions(repository::login),
              new ContainerCurrentUser(),
              CampaignFiles.bundled(),
              true,
              WebProtection.create("/api", Set.of(), clock),
              new FileMailSender(data.resolve("mail")));
      for (int i = 0; i < points; i++) {
        String subject = subjects[i % subjects.length];
        String place = places[(i / subjects.length) % places.length];
        String id = String.format(Locale.ROOT, "waz-bench-%04d", i);
        Idea idea =
            new Idea(
                id,
                id.toUpperCase(Locale.ROOT),
                "alkmaar-2024",
                WIJK,
                "Meer " + subject + " " + place + " (" + (i + 1) + ")",
                "Wij willen graag "
                    + subject
                    + " "
                    + place
                    + ". Nu is het daar grijs en onrustig, en buren van alle leeftijden komen er"
                    + " elke dag langs. Met "
                    + subject
                    + " wordt het een plek waar je graag even blijft. Wij helpen mee met het"
                    + " onderhoud en vragen de buren om mee te denken over de beste plek.",
                categories[i % categories.length],
                i % 3 == 0 ? place : null,
                IdeaStatus.INGEDIEND,
                Channel.ONLINE,
                null,
                SUBMITTED.plusSeconds(i * 60L),
                false);
        runtime
            .ideas()
            .create(
                idea,
                new Submitter("Inwoner " + i, null, SUBMITTED),
                new AuditEntry(SUBMITTED, AuditEntry.RESIDENT, "ingediend", null),
                Optional.empty(),
                Optional.empty());
        runtime
            .ideas()
            .moderate(
                "alkmaar-2024",
                id,
                0,
                ModerationDecision.of(
                    ModerationAction.PUBLISH,
                    new AuditEntry(SUBMITTED, "bench", ModerationAction.PUBLISH.dutch(), null),
                    List.of()));
      }
      runtime.stop();
    }
  }
}
