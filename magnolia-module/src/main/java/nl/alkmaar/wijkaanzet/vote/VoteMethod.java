package nl.alkmaar.wijkaanzet.vote;

/** How a voter was verified; kept with the ballot for the turnout figures, never who it was. */
public enum VoteMethod {
  /** A single-use code from a letter. */
  CODE("stemcode"),
  /** A link sent to an e-mail address, with a postcode and house number in the wijk. */
  EMAIL("e-mail"),
  /** Recorded by staff who checked the resident in person (library, wijkcentrum, the van). */
  ASSISTED("balie");

  private final String id;

  VoteMethod(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static VoteMethod byId(String id) {
    for (VoteMethod method : values()) {
      if (method.id.equals(id)) {
        return method;
      }
    }
    throw new IllegalArgumentException("no vote method " + id);
  }
}
