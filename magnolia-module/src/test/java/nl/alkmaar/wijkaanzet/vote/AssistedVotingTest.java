package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ballots staff record for a resident checked in person, on a real Jackrabbit, with the demo
 * address table (1815AA 1–199 is in Oudorp, 1811AA in Centrum).
 */
class AssistedVotingTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private Voting voting;
  private List<String> oudorp;

  @BeforeEach
  void oudorpWithPoints() {
    var runtime = memory.runtime(CampaignFiles.bundled(), new ManualClock(VoteFixtures.VOTING));
    voting = runtime.voting();
    oudorp = VoteFixtures.publish(runtime, "oudorp", 3);
  }

  @Test
  void theWijkFollowsFromTheAddressAndTheChannelIsKept() {
    VoteReceipt receipt =
        voting.castAssisted(
            null, List.of(oudorp.get(0)), "bibliotheek", "1815 aa", "12", "01-03-1950");

    assertEquals("oudorp", receipt.wijk());
    assertEquals(1, voting.tally("oudorp").ballots());
    List<Ballot> stored = new java.util.ArrayList<>();
    new JcrBallotBox(memory.sessions(), "alkmaar-2024").forEachBallot(stored::add);
    assertEquals(VoteMethod.ASSISTED, stored.get(0).method());
    assertEquals("bibliotheek", stored.get(0).channel());
  }

  @Test
  void onePersonVotesOnceAndAHousemateMayToo() {
    voting.castAssisted("oudorp", List.of(oudorp.get(0)), "bus", "1815AA", "12", "1950-03-01");

    AlreadyVotedException again =
        assertThrows(
            AlreadyVotedException.class,
            () ->
                voting.castAssisted(
                    null, List.of(oudorp.get(1)), "wijkcentrum", "1815 AA", "12", "01-03-1950"));
    assertTrue(again.getMessage().contains("al gestemd"));
    voting.castAssisted(null, List.of(oudorp.get(1)), "bus", "1815AA", "12", "1952-07-15");
    assertEquals(2, voting.tally("oudorp").ballots());
  }

  @Test
  void everyFieldIsCheckedAndTheRefusalStoresNothing() {
    assertEquals(
        Set.of("postcode", "huisnummer", "geboortedatum"),
        fields(() -> voting.castAssisted(null, List.of(), "bus", "18115", "twaalf", "gisteren")));
    assertEquals(
        Set.of("geboortedatum"),
        fields(() -> voting.castAssisted(null, List.of(), "bus", "1815AA", "12", "2030-01-01")));
    assertEquals(
        Set.of("geboortedatum"),
        fields(() -> voting.castAssisted(null, List.of(), "bus", "1815AA", "12", "31-02-1950")),
        "a day that does not exist");
    assertEquals(
        Set.of("kanaal"),
        fields(() -> voting.castAssisted(null, List.of(), "online", "1815AA", "12", "1950-03-01")));
    assertEquals(
        Set.of("postcode"),
        fields(() -> voting.castAssisted(null, oudorp, "bus", "9999ZZ", "12", "1950-03-01")));
    assertEquals(
        Set.of("wijk"),
        fields(() -> voting.castAssisted("centrum", oudorp, "bus", "1815AA", "12", "1950-03-01")));
    assertEquals(
        Set.of("points"),
        fields(() -> voting.castAssisted(null, oudorp, "bus", "1811AA", "12", "1950-03-01")));
    assertEquals(0, voting.tally("oudorp").ballots());
    assertEquals(0, voting.tally("centrum").ballots());
  }

  private static Set<String> fields(Runnable action) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
    return refused.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }
}
