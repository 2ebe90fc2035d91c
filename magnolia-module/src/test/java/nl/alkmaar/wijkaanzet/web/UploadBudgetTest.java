package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadBudgetTest {

  @Test
  void uploadsShareTheBudgetAndTheLastOneIsTurnedAwayUntilRoomComesFree() {
    UploadBudget budget = new UploadBudget(1024 * 1024, Duration.ofMillis(50));

    UploadBudget.Reservation first = budget.reserve(600 * 1024);
    assertNotNull(first);
    assertNull(budget.reserve(600 * 1024), "no room for a second one");
    first.close();
    assertNotNull(budget.reserve(600 * 1024), "room again");
  }

  @Test
  void aPostOfUnknownSizeReservesTheMostAPostMayBe() {
    UploadBudget budget =
        new UploadBudget(MultipartReader.MAX_REQUEST_BYTES + 1024, Duration.ofMillis(50));

    assertNotNull(budget.reserve(-1));
    assertNull(budget.reserve(10 * 1024), "the unknown one took nearly everything");
  }
}
