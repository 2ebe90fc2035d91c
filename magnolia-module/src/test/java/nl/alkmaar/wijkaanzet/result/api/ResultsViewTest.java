package nl.alkmaar.wijkaanzet.result.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Turnout as residents read it. */
class ResultsViewTest {

  @Test
  void aTurnoutIsWrittenWithOneDecimalAndNeverAsNothingWhenSomeoneVoted() {
    assertEquals("12,5%", ResultsView.percent(12.5, Locale.forLanguageTag("nl")));
    assertEquals("12.5%", ResultsView.percent(12.5, Locale.forLanguageTag("en")));
    assertEquals("3,0%", ResultsView.percent(3, Locale.forLanguageTag("nl")));
    assertEquals("minder dan 0,1%", ResultsView.percent(0.0, Locale.forLanguageTag("nl")));
    assertEquals("less than 0.1%", ResultsView.percent(0.04, Locale.forLanguageTag("en")));
  }
}
