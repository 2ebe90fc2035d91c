package nl.alkmaar.wijkaanzet.vote;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where ballots, voter registrations and letter codes are kept (the {@code wijkaanzet-votes}
 * workspace). Only the {@link VoteEngine}'s writer saves ballots.
 */
public interface BallotBox extends AutoCloseable {

  /**
   * Registers each voter and stores each ballot, all in one durable save. A voter who is registered
   * already is left out, and so is their ballot, unless the ballot {@link CastBallot#replaces}:
   * then it takes the place of their earlier ballot (same id). {@code ballots} holds each voter key
   * once.
   */
  SavedBallots saveAll(List<CastBallot> ballots);

  /**
   * Calls {@code saved} with each ballot that someone other than this box's writer saves or changes
   * from now on (another node of a cluster), shortly after the save; closing the answer stops it.
   * Empty where the repository cannot report changes.
   */
  default Optional<AutoCloseable> followOthers(Consumer<Ballot> saved) {
    return Optional.empty();
  }

  /**
   * Calls {@code added} with the key and wijk of each letter code that another host (or anyone but
   * this box's writer) stores from now on; closing the answer stops it. Empty where the repository
   * cannot report changes.
   */
  default Optional<AutoCloseable> followOtherCodes(BiConsumer<String, String> added) {
    return Optional.empty();
  }

  /** Every stored ballot, for the tallies at start and for a recount. */
  void forEachBallot(Consumer<Ballot> each);

  /** Whether a ballot was cast under this voter key. */
  boolean registered(String voterKey);

  /** The wijk a letter code (by its key) was issued for, if it was. */
  Optional<String> codeWijk(String codeKey);

  /** Every issued code's key with its wijk, for the code book at start. */
  void forEachCode(BiConsumer<String, String> each);

  /** Stores issued letter codes (by their keys) for a wijk; keys already stored are kept. */
  void addCodes(String wijk, Collection<String> codeKeys);

  /** How many voters and issued codes are registered (pending ballots: {@link PendingBallots}). */
  Register register();

  /**
   * Deletes the voters and the issued codes; the ballots stay (a recount needs only them). After
   * the campaign: no voter can be checked against the register any more.
   */
  Register forgetRegister();

  /** Called by the writer when it stops: gives back what {@link #saveAll} held between saves. */
  @Override
  default void close() {}
}
