package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.Session;
import javax.jcr.Value;
import nl.alkmaar.wijkaanzet.jcr.FixedIdentifiers;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ballot box on a real Jackrabbit with the module's node types. */
class JcrBallotBoxTest {

  private static final String VOTER = "a".repeat(32);
  private static final LocalDate MAY = LocalDate.of(2024, 5, 14);

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  @Test
  void aBallotIsStoredApartFromItsVoterAndReadBack() throws Exception {
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    Ballot ballot =
        new Ballot("abcdefgh2345", "oudorp", List.of("waz-1", "waz-2"), VoteMethod.CODE, null, MAY);

    assertEquals(Set.of(), box.saveAll(List.of(new CastBallot(VOTER, ballot))).refused());

    assertTrue(box.registered(VOTER));
    List<Ballot> read = new ArrayList<>();
    box.forEachBallot(read::add);
    assertEquals(List.of(ballot), read);
    Session session = memory.login(Workspaces.VOTES);
    try {
      Node voter = session.getNode("/alkmaar-2024/voters/aa/" + VOTER);
      assertFalse(mentions(voter, "abcdefgh2345"), "the register does not point to the ballot");
      Node stored = session.getNode("/alkmaar-2024/ballots/oudorp/ab/abcdefgh2345");
      assertFalse(mentions(stored, VOTER), "the ballot does not point to its voter");
    } finally {
      session.logout();
    }
  }

  @Test
  void aRegisteredVoterIsLeftOutWithTheirBallot() {
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    box.saveAll(List.of(new CastBallot(VOTER, ballot("first0000000"))));

    SavedBallots saved =
        box.saveAll(
            List.of(
                new CastBallot(VOTER, ballot("second000000")),
                new CastBallot("b".repeat(32), ballot("third0000000"))));

    assertEquals(Set.of(VOTER), saved.refused());
    assertEquals(Map.of(), saved.replaced());
    List<String> ids = new ArrayList<>();
    box.forEachBallot(stored -> ids.add(stored.id()));
    assertEquals(Set.of("first0000000", "third0000000"), Set.copyOf(ids));
  }

  @Test
  void aBallotThatReplacesTakesTheEarlierOnesPlaceInTheSameSave() {
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    Ballot first = ballot("same00000000");
    box.saveAll(List.of(new CastBallot(VOTER, first, true)));
    Ballot second =
        new Ballot(
            "same00000000",
            "oudorp",
            List.of("waz-oudo-0009"),
            VoteMethod.ASSISTED,
            "bibliotheek",
            first.castOn());

    SavedBallots saved = box.saveAll(List.of(new CastBallot(VOTER, second, true)));

    assertEquals(Set.of(), saved.refused());
    assertEquals(first.ideas(), saved.replaced().get(VOTER).ideas(), "the earlier ballot back");
    List<Ballot> stored = new ArrayList<>();
    box.forEachBallot(stored::add);
    assertEquals(List.of(second), stored);
  }

  @Test
  void aBallotStoredInTheOneCharacterFolderOfEarlierVersionsIsStillReplaced() throws Exception {
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    Ballot first = ballot("same00000000");
    box.saveAll(List.of(new CastBallot(VOTER, first, true)));
    Session session = memory.login(Workspaces.VOTES);
    try {
      // As a box written before 2026-12-07 holds it: /ballots/<wijk>/<first character>/<id>.
      Node wijk = session.getNode("/alkmaar-2024/ballots/oudorp");
      Node legacy = wijk.addNode("s", NodeTypes.VOTE_FOLDER);
      session.move(wijk.getPath() + "/sa/same00000000", legacy.getPath() + "/same00000000");
      session.save();
    } finally {
      session.logout();
    }
    Ballot second =
        new Ballot("same00000000", "oudorp", List.of("waz-9"), VoteMethod.CODE, null, MAY);

    SavedBallots saved = box.saveAll(List.of(new CastBallot(VOTER, second, true)));

    assertEquals(Set.of(), saved.refused(), "the change is not refused as a second ballot");
    List<Ballot> stored = new ArrayList<>();
    box.forEachBallot(stored::add);
    assertEquals(List.of(second), stored);
  }

  @Test
  void theRepositoryItselfRefusesASecondVoterOfTheSameName() throws Exception {
    new JcrBallotBox(memory.sessions(), "alkmaar-2024")
        .saveAll(List.of(new CastBallot(VOTER, ballot("first0000000"))));
    Session session = memory.login(Workspaces.VOTES);
    try {
      Node bucket = session.getNode("/alkmaar-2024/voters/aa");
      assertThrows(ItemExistsException.class, () -> bucket.addNode(VOTER, NodeTypes.VOTER));
    } finally {
      session.logout();
    }
  }

  @Test
  void aVotersIdentifierFollowsFromCampaignAndVoterSoOnlyOneClusterNodeCanSaveIt()
      throws Exception {
    new JcrBallotBox(memory.sessions(), "alkmaar-2024")
        .saveAll(List.of(new CastBallot(VOTER, ballot("first0000000"))));
    Session session = memory.login(Workspaces.VOTES);
    try {
      Node voter = session.getNode("/alkmaar-2024/voters/aa/" + VOTER);
      assertEquals(
          FixedIdentifiers.of("wijkaanzet-voter", "alkmaar-2024", VOTER).toString(),
          voter.getIdentifier());
      assertEquals("oudorp", voter.getProperty("wz:wijk").getString());
      assertEquals("stemcode", voter.getProperty("wz:method").getString());
      // The same identifier anywhere else in the workspace is refused too (what a cluster node
      // that registered the voter a moment earlier makes the second node's save meet).
      Node elsewhere = session.getNode("/alkmaar-2024/voters").addNode("elders", "wz:voteFolder");
      assertThrows(
          ItemExistsException.class,
          () ->
              FixedIdentifiers.addNode(
                  elsewhere,
                  VOTER,
                  NodeTypes.VOTER,
                  FixedIdentifiers.of("wijkaanzet-voter", "alkmaar-2024", VOTER),
                  Map.of("wz:wijk", "oudorp", "wz:method", "stemcode")));
    } finally {
      session.logout();
    }
  }

  @Test
  void ballotsAnotherWriterSavesAreReportedButTheWritersOwnAreNot() throws Exception {
    JcrBallotBox here = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    JcrBallotBox otherNode = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    java.util.concurrent.BlockingQueue<Ballot> reported =
        new java.util.concurrent.LinkedBlockingQueue<>();
    AutoCloseable following = here.followOthers(reported::add).orElseThrow();
    try {
      here.saveAll(List.of(new CastBallot(VOTER, ballot("mine00000000"))));
      Ballot theirs = ballot("theirs000000");
      otherNode.saveAll(List.of(new CastBallot("b".repeat(32), theirs)));

      assertEquals(theirs, reported.poll(5, java.util.concurrent.TimeUnit.SECONDS));
      // The same ballot may be read again (its properties are reported apart); never our own.
      Thread.sleep(300);
      reported.forEach(again -> assertEquals(theirs, again));
    } finally {
      following.close();
      here.close();
      otherNode.close();
    }
  }

  @Test
  void codesAreKeptByKeyWithTheirWijk() {
    JcrBallotBox box = new JcrBallotBox(memory.sessions(), "alkmaar-2024");
    box.addCodes("oudorp", List.of("c".repeat(32), "d".repeat(32)));
    box.addCodes("centrum", List.of("c".repeat(32)));

    assertEquals(
        Optional.of("oudorp"), box.codeWijk("c".repeat(32)), "a stored code keeps its wijk");
    assertEquals(Optional.empty(), box.codeWijk("e".repeat(32)));
  }

  private static Ballot ballot(String id) {
    return new Ballot(id, "oudorp", List.of("waz-1"), VoteMethod.CODE, null, MAY);
  }

  private static boolean mentions(Node node, String text) throws Exception {
    for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
      Property property = it.nextProperty();
      Value[] values =
          property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
      for (Value value : values) {
        if (value.getString().contains(text)) {
          return true;
        }
      }
    }
    return false;
  }
}
