package nl.alkmaar.wijkaanzet.standalone;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.NodeIterator;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/** What the running host's outbox holds, sent or not, for tests that check what was queued. */
final class HostOutbox {

  private HostOutbox() {}

  static List<OutboxMessage> all() {
    WijkAanZetRuntime runtime = WijkAanZet.runtime();
    String folder = runtime.outbox().folderPath();
    List<String> ids =
        runtime
            .sessions()
            .read(
                Workspaces.CONTENT,
                session -> {
                  List<String> names = new ArrayList<>();
                  if (session.nodeExists(folder)) {
                    for (NodeIterator it = session.getNode(folder).getNodes(); it.hasNext(); ) {
                      names.add(it.nextNode().getName());
                    }
                  }
                  return names;
                });
    return ids.stream().map(id -> runtime.outbox().find(id).orElseThrow()).toList();
  }

  /** The messages of {@code kind} to {@code recipient}. */
  static List<OutboxMessage> to(String recipient, String kind) {
    return all().stream()
        .filter(message -> message.recipient().equals(recipient))
        .filter(message -> message.kind().equals(kind))
        .toList();
  }
}
