package nl.alkmaar.wijkaanzet.standalone.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.compression.Compression;
import org.eclipse.jetty.compression.brotli.BrotliCompression;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encodings the host compresses with (Jetty's compression modules: Brotli through brotli4j
 * where its native library loads, gzip always), for kept pages compressed once ahead and for {@link
 * org.eclipse.jetty.compression.server.CompressionHandler} compressing everything else as it goes.
 */
public final class PageCompression {

  private static final Logger LOG = LoggerFactory.getLogger(PageCompression.class);

  /** By name ({@code br}, {@code gzip}), the preferred first. */
  private final Map<String, Compression> byName = new LinkedHashMap<>();

  public PageCompression() {
    try {
      BrotliCompression brotli = new BrotliCompression();
      brotli.start();
      byName.put("br", brotli);
    } catch (Exception | LinkageError e) {
      // brotli4j's native library is there for the usual platforms; elsewhere gzip serves.
      LOG.info("Brotli is not available on this platform; pages are compressed with gzip only");
    }
    GzipCompression gzip = new GzipCompression();
    try {
      gzip.start();
    } catch (Exception e) {
      throw new IllegalStateException("gzip does not start", e);
    }
    byName.put("gzip", gzip);
  }

  /**
   * New compressions of the same encodings, preferred first, for the handler that compresses what
   * is not kept (it starts and owns them).
   */
  public List<Compression> forHandler() {
    return byName.keySet().stream()
        .<Compression>map(
            name -> "br".equals(name) ? new BrotliCompression() : new GzipCompression())
        .toList();
  }

  /**
   * The encoding to send for an {@code Accept-Encoding} header: the first of ours the client
   * accepts (a {@code q=0} refuses), or an empty text for none.
   */
  public String choose(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isBlank()) {
      return "";
    }
    Map<String, Boolean> accepted = new LinkedHashMap<>();
    for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] pieces = part.split(";");
      String name = pieces[0].strip();
      boolean refused = false;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].replace(" ", "");
        if (parameter.matches("q=0(\\.0*)?")) {
          refused = true;
        }
      }
      accepted.put(name, !refused);
    }
    for (String name : byName.keySet()) {
      if (accepted.getOrDefault(name, accepted.getOrDefault("*", false))) {
        return name;
      }
    }
    return "";
  }

  byte[] compress(String encoding, byte[] bytes) {
    Compression compression = byName.get(encoding);
    if (compression == null) {
      throw new IllegalArgumentException("no encoding " + encoding);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (OutputStream encoder = compression.newEncoderOutputStream(out)) {
      encoder.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
