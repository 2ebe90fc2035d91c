package nl.alkmaar.wijkaanzet.jcr;

/** Node type names from {@code mgnl-nodetypes/wijkaanzet.cnd}. */
public final class NodeTypes {

  public static final String NAMESPACE_PREFIX = "wz";
  public static final String NAMESPACE_URI = "http://www.alkmaar.nl/wijkaanzet/1.0";
  public static final String CND_RESOURCE = "/mgnl-nodetypes/wijkaanzet.cnd";

  public static final String CAMPAIGN = "wz:campaign";
  public static final String WIJK = "wz:wijk";
  public static final String FOLDER = "wz:folder";
  public static final String PHASE = "wz:phase";
  public static final String CATEGORY = "wz:category";
  public static final String REJECTION_REASON = "wz:rejectionReason";
  public static final String IDEA = "wz:idea";
  public static final String SUBMITTER = "wz:submitter";
  public static final String AUDIT_ENTRY = "wz:auditEntry";
  public static final String PHOTO = "wz:photo";
  public static final String REVIEW = "wz:review";
  public static final String RESULTS = "wz:results";
  public static final String PROGRESS_UPDATE = "wz:progressUpdate";
  public static final String OUTBOX_MESSAGE = "wz:outboxMessage";
  public static final String FOLLOWER = "wz:follower";
  public static final String VOTE_FOLDER = "wz:voteFolder";
  public static final String VOTER = "wz:voter";
  public static final String BALLOT = "wz:ballot";
  public static final String VOTE_CODE = "wz:voteCode";
  public static final String PENDING_BALLOT = "wz:pendingBallot";

  private NodeTypes() {}
}
