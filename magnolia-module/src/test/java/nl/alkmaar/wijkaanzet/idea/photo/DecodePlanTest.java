package nl.alkmaar.wijkaanzet.idea.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How much of a picture is decoded, decided from its header alone. */
class DecodePlanTest {

  @Test
  void aPhonePhotoIsDecodedAtTheLeastStepThatKeepsTheDisplaySize() throws Exception {
    assertEquals(1, DecodePlan.of(1600, 1200, 3, true).step());
    assertEquals(2, DecodePlan.of(4032, 3024, 3, true).step(), "12 MP: every 2nd pixel");
    assertEquals(1, DecodePlan.of(800, 600, 3, true).step(), "small photos stay whole");
  }

  @Test
  void deepColourIsDecodedWithBiggerStepsToFitTheBudget() throws Exception {
    DecodePlan plan = DecodePlan.of(3199, 3199, 8, true);

    assertTrue(plan.step() >= 2, "step " + plan.step());
    assertTrue(
        DecodePlan.decodedBytes(3199, 3199, plan.step(), 8) <= PhotoProcessor.DECODE_BUDGET_BYTES);
  }

  @Test
  void tooManyPixelsAreRefusedWhateverTheFormat() {
    assertThrows(InvalidPhotoException.class, () -> DecodePlan.of(7000, 7000, 8, true));
    assertThrows(InvalidPhotoException.class, () -> DecodePlan.of(30_001, 1_000, 1, true));
  }

  @Test
  void aVeryWidePictureIsRefusedThoughItHasFewPixels() {
    // 30,000,000 × 1: within the pixel cap, but the reader holds rows of 240 MB.
    assertThrows(InvalidPhotoException.class, () -> DecodePlan.of(30_000_000, 1, 8, true));
    assertThrows(InvalidPhotoException.class, () -> DecodePlan.of(1, 12_001, 8, true));
  }

  @Test
  void theRowsAReaderHoldsCountInTheBudget() {
    long picture = 1000L * 1000 * 8;
    assertEquals(picture + 3 * 1000 * 8, DecodePlan.decodedBytes(1000, 1000, 1, 8));
  }

  @Test
  void aReaderThatDecodesWholePicturesIsBudgetedForTheWholePicture() throws Exception {
    assertEquals(1, DecodePlan.of(3000, 3000, 4, false).step());
    assertThrows(InvalidPhotoException.class, () -> DecodePlan.of(5000, 4000, 4, false));
  }

  @Test
  void aHeaderWithoutPixelsIsUnreadable() {
    assertThrows(InvalidPhotoException.class, () -> DecodePlan.of(0, 100, 3, true));
  }
}
