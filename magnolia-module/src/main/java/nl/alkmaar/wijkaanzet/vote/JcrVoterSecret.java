package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;
import java.util.Base64;
import javax.jcr.Node;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * The voter secret kept in the votes workspace at {@code /<campaign>/secret}, made on first use:
 * the fallback for a Magnolia installation that configured none. Weaker than a configured secret
 * (whoever copies the workspace has both the keys and the secret), so the factory warns.
 */
public final class JcrVoterSecret {

  private JcrVoterSecret() {}

  public static byte[] loadOrCreate(JcrSessions sessions, String campaignId) {
    return sessions.write(
        Workspaces.VOTES,
        session -> {
          Node root = session.getRootNode();
          Node campaign =
              root.hasNode(campaignId)
                  ? root.getNode(campaignId)
                  : root.addNode(campaignId, NodeTypes.VOTE_FOLDER);
          if (campaign.hasNode("secret")) {
            return Base64.getDecoder()
                .decode(campaign.getNode("secret").getProperty("wz:key").getString());
          }
          byte[] secret = new byte[VoterKeys.MIN_SECRET_BYTES];
          new SecureRandom().nextBytes(secret);
          campaign
              .addNode("secret", NodeTypes.VOTE_FOLDER)
              .setProperty("wz:key", Base64.getEncoder().encodeToString(secret));
          return secret;
        });
  }
}
