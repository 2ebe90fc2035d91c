package nl.alkmaar.wijkaanzet.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceGeneratorTest {

  @Test
  void referencesAreEasyToReadOut() {
    ReferenceGenerator generator = new ReferenceGenerator(new Random(7));
    for (int i = 0; i < 1000; i++) {
      String reference = generator.next();
      assertTrue(reference.matches("WAZ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), reference);
    }
  }

  @Test
  void tenThousandReferencesDoNotRepeat() {
    ReferenceGenerator generator = new ReferenceGenerator(new Random(11));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(generator.next()));
    }
  }

  @Test
  void theIdIsTheReferenceInLowerCase() {
    assertEquals("waz-7k3f-q9md", ReferenceGenerator.idOf("WAZ-7K3F-Q9MD"));
  }
}
