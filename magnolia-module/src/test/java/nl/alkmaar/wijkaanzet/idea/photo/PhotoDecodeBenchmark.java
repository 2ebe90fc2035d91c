package nl.alkmaar.wijkaanzet.idea.photo;

import com.sun.management.ThreadMXBean;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * What one photo costs to process, in memory allocated and time, for a phone photo and for crafted
 * PNGs: the processor against the naive way (decode the whole picture, turn the whole picture, then
 * scale), in the same run. Not a test, so no build depends on a machine's speed.
 *
 * <p>Run: {@code mvn -B -q -pl magnolia-module test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.alkmaar.wijkaanzet.idea.photo.PhotoDecodeBenchmark}
 */
public final class PhotoDecodeBenchmark {

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PhotoDecodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    report("phone JPEG 4032x3024, orientation 6", TestImages.phoneJpeg(4032, 3024, 6));
    report("PNG 16-bit RGBA 5400x5400 (29 MP)", TestImages.pngBomb(5400, 5400));
    report("PNG 16-bit RGBA 7000x7000 (49 MP, the attack)", TestImages.pngBomb(7000, 7000));
  }

  private static void report(String name, byte[] upload) {
    PhotoProcessor processor = new PhotoProcessor();
    measure(() -> processor.process(upload)); // warm-up
    Result ours = measure(() -> processor.process(upload));
    Result naive = measure(() -> naive(upload));
    System.out.printf(
        Locale.ROOT,
        "%-48s %6.1f KB  processor: %5d MB %6d ms %-9s  naive: %5d MB %6d ms %s%n",
        name,
        upload.length / 1024.0,
        ours.megabytes,
        ours.millis,
        ours.outcome,
        naive.megabytes,
        naive.millis,
        naive.outcome);
  }

  /** What the processor did before budgets: everything at full size. */
  private static Object naive(byte[] upload) throws Exception {
    BufferedImage whole = ImageIO.read(new ByteArrayInputStream(upload));
    BufferedImage turned = PhotoProcessor.upright(whole, 6);
    return PhotoProcessor.scaled(turned, PhotoProcessor.DISPLAY_SIZE);
  }

  private interface Work {
    Object run() throws Exception;
  }

  private record Result(long megabytes, long millis, String outcome) {}

  private static Result measure(Work work) {
    System.gc();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long started = System.nanoTime();
    String outcome;
    try {
      work.run();
      outcome = "decoded";
    } catch (InvalidPhotoException e) {
      outcome = "refused";
    } catch (OutOfMemoryError e) {
      outcome = "OOM";
    } catch (Exception e) {
      outcome = e.getClass().getSimpleName();
    }
    return new Result(
        (THREADS.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024),
        (System.nanoTime() - started) / 1_000_000,
        outcome);
  }
}
