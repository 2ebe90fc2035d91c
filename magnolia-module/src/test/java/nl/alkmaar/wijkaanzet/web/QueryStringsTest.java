package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryStringsTest {

  @Test
  void ordinaryQueriesAreReadable() {
    assertTrue(QueryStrings.isReadable(null));
    assertTrue(QueryStrings.isReadable("wijk=oudorp&q=bankje"));
    assertTrue(QueryStrings.isReadable("q=caf%C3%A9+de+Zon&x=%2F%3F"));
    assertTrue(QueryStrings.isReadable("q=%E2%82%AC"), "a euro sign in UTF-8");
  }

  @Test
  void brokenEscapesAndBytesThatAreNotUtf8AreNot() {
    assertFalse(QueryStrings.isReadable("wijk=%ff"));
    assertFalse(QueryStrings.isReadable("hertellen=%00%ff"));
    assertFalse(QueryStrings.isReadable("q=%C3"), "a cut-off character");
    assertFalse(QueryStrings.isReadable("q=%zz"));
    assertFalse(QueryStrings.isReadable("q=%4"));
  }
}
