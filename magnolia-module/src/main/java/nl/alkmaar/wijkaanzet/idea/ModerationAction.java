package nl.alkmaar.wijkaanzet.idea;

/** What a moderator can do with a point; which of these is allowed depends on its status. */
public enum ModerationAction {
  PUBLISH("publiceren"),
  REJECT("afwijzen"),
  FORWARD("doorsturen"),
  MERGE("samenvoegen"),
  UNDO_MERGE("samenvoegen ongedaan maken"),
  EDIT("verbeteren"),
  WITHDRAW("terugtrekken");

  private final String dutch;

  ModerationAction(String dutch) {
    this.dutch = dutch;
  }

  /** The action in words, as moderators see it in messages. */
  public String dutch() {
    return dutch;
  }
}
