package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a form post may send the browser back to: only a path on this site. */
class ReturnAddressTest {

  @Test
  void onlyPathsOnThisSiteAreReturnedTo() {
    assertEquals("/wijk/centrum", ReturnAddress.of("/wijk/centrum").path());
    assertEquals("/wijk/centrum", ReturnAddress.of("/wijk/centrum?formulier=oud").path());
    for (String hostile :
        new String[] {
          "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x", "", null
        }) {
      assertEquals("/", ReturnAddress.of(hostile).path(), String.valueOf(hostile));
    }
  }
}
