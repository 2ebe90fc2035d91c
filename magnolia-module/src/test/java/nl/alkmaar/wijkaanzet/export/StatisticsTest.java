package nl.alkmaar.wijkaanzet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics page's words and bar lengths. */
class StatisticsTest {

  @Test
  void waysOfVotingReadAsWords() {
    assertEquals("Stemcode uit de brief", CouncilExport.wayLabel("stemcode"));
    assertEquals("Via e-mail", CouncilExport.wayLabel("e-mail"));
    assertEquals("Bij een medewerker: Rode bus", CouncilExport.wayLabel("balie/bus"));
    assertEquals("Bij een medewerker", CouncilExport.wayLabel("balie"));
  }

  @Test
  void barsAreMeasuredAgainstTheLongestAndACountIsNeverInvisible() {
    List<Statistics.Bar> bars =
        Statistics.bars(List.of("a", "b", "c"), List.of(200, 1, 0), List.of("", "", ""));

    assertEquals(List.of(100, 1, 0), bars.stream().map(Statistics.Bar::percent).toList());
    assertEquals(
        List.of(0),
        Statistics.bars(List.of("a"), List.of(0), List.of("")).stream()
            .map(Statistics.Bar::percent)
            .toList());
  }
}
