package nl.alkmaar.wijkaanzet.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageAddressTest {

  @ParameterizedTest
  @CsvSource({
    "/, nl, /",
    "'', nl, /",
    "/en, en, /",
    "/en/, en, /",
    "/en/wijk/centrum, en, /wijk/centrum",
    "/engels, nl, /engels",
    "/nl/, nl, /nl/",
    "/wijk/zuid, nl, /wijk/zuid"
  })
  void splitsTheLanguagePrefix(String uri, String language, String path) {
    assertEquals(new PageAddress(language, path), PageAddress.of(uri));
  }
}
