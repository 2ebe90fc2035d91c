package nl.alkmaar.wijkaanzet.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign store on a real Jackrabbit (in memory). */
class JcrCampaignStoreTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private final Campaign alkmaar = CampaignFiles.bundled();

  @Test
  void aSavedCampaignLoadsBackEqual() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());

    store.save(alkmaar);

    assertEquals(alkmaar, store.load("alkmaar-2024").orElseThrow());
  }

  @Test
  void anUnknownCampaignIsEmpty() {
    assertTrue(new JcrCampaignStore(memory.sessions()).load("bestaat-niet").isEmpty());
  }

  @Test
  void savingAgainKeepsWhatLivesBelowAWijk() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    store.save(alkmaar);
    memory
        .sessions()
        .write(
            Workspaces.CONTENT,
            session ->
                session.getNode("/alkmaar-2024/centrum").addNode("idee-1", "nt:unstructured"));

    store.save(alkmaar);

    boolean exists =
        memory
            .sessions()
            .read(
                Workspaces.CONTENT, session -> session.nodeExists("/alkmaar-2024/centrum/idee-1"));
    assertTrue(exists);
  }

  @Test
  void aWijkLeftOutOfTheConfigurationIsHiddenButItsContentKept() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    store.save(alkmaar);
    List<Wijk> withoutZuid =
        alkmaar.wijken().stream().filter(wijk -> !wijk.id().equals("zuid")).toList();
    Campaign smaller =
        new Campaign(
            alkmaar.id(),
            alkmaar.title(),
            alkmaar.intro(),
            alkmaar.website(),
            alkmaar.timeZone(),
            alkmaar.phases(),
            withoutZuid,
            alkmaar.categories(),
            alkmaar.rejectionReasons(),
            alkmaar.rules());

    store.save(smaller);

    Campaign loaded = store.load("alkmaar-2024").orElseThrow();
    assertEquals(8, loaded.wijken().size());
    assertFalse(loaded.wijk("zuid").isPresent());
    boolean exists =
        memory
            .sessions()
            .read(Workspaces.CONTENT, session -> session.nodeExists("/alkmaar-2024/zuid"));
    assertTrue(exists);
  }

  @Test
  void changedDatesAndNamesReplaceTheOldOnes() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    store.save(alkmaar);
    List<Wijk> renamed =
        alkmaar.wijken().stream()
            .map(
                wijk ->
                    wijk.id().equals("west")
                        ? new Wijk("west", "Alkmaar-West", wijk.cbsCode(), 13000)
                        : wijk)
            .toList();
    Campaign changed =
        new Campaign(
            alkmaar.id(),
            "Nieuwe titel",
            null,
            null,
            alkmaar.timeZone(),
            alkmaar.phases(),
            renamed,
            alkmaar.categories().subList(0, 2),
            alkmaar.rejectionReasons().subList(0, 1),
            alkmaar.rules());

    store.save(changed);

    assertEquals(changed, store.load("alkmaar-2024").orElseThrow());
  }
}
