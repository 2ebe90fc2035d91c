package nl.alkmaar.wijkaanzet.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When a kept page is served, renewed or dropped (the HTTP side is in PageCachingIT). */
class PageCacheTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final PageCache cache = new PageCache(now::get);

  @Test
  void aPageIsServedUntilSomethingChanges() {
    cache.keep("/wijk/oudorp", PageCache.utf8("<p>a</p>"), cache.version());
    assertTrue(cache.fresh("/wijk/oudorp").isPresent());
    cache.changed();
    assertEquals(Optional.empty(), cache.fresh("/wijk/oudorp"));
  }

  @Test
  void aPageRenderedWhileSomethingChangedIsStaleAtOnce() {
    long before = cache.version();
    cache.changed(); // during the rendering
    cache.keep("/", PageCache.utf8("<p>old</p>"), before);
    assertEquals(Optional.empty(), cache.fresh("/"));
  }

  @Test
  void anAgedPageIsRenderedAgainByOneWhileTheOthersGetTheKeptOne() {
    cache.keep("/", PageCache.utf8("<p>a</p>"), cache.version());
    now.addAndGet(PageCache.MAX_AGE_NANOS + 1);
    assertEquals(Optional.empty(), cache.fresh("/"), "the first caller renders");
    assertTrue(cache.fresh("/").isPresent(), "the next ones get the kept page meanwhile");
    now.addAndGet(PageCache.MAX_AGE_NANOS);
    assertEquals(Optional.empty(), cache.fresh("/"), "a renewal that never came is given up");
  }

  @Test
  void eachEncodingHasItsOwnValidator() {
    PageCache.Page page = cache.keep("/", PageCache.utf8("<p>a</p>"), cache.version());
    assertNotEquals(page.etagFor(""), page.etagFor("gzip"));
    assertTrue(page.etagFor("br").startsWith("\"") && page.etagFor("br").endsWith("-br\""));
    assertNotEquals(page.etag, cache.keep("/", PageCache.utf8("<p>b</p>"), cache.version()).etag);
  }

  @Test
  void tooManyAddressesStartTheCacheAgain() {
    for (int i = 0; i < PageCache.MAX_PAGES; i++) {
      cache.keep("/wijk/" + i, PageCache.utf8("x"), cache.version());
    }
    cache.keep("/een-te-veel", PageCache.utf8("x"), cache.version());
    assertEquals(Optional.empty(), cache.fresh("/wijk/1"));
    assertTrue(cache.fresh("/een-te-veel").isPresent());
  }

  @Test
  void theEncodingIsTheBestTheBrowserAccepts() {
    PageCompression compression = new PageCompression();
    assertEquals("br", compression.choose("gzip, deflate, br"));
    assertEquals("gzip", compression.choose("gzip;q=1, br;q=0"));
    assertEquals("", compression.choose("identity"));
    assertEquals("", compression.choose(null));
    assertEquals("br", compression.choose("*"));
  }
}
