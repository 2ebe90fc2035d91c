package nl.alkmaar.wijkaanzet.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Where what a form post left behind waits when several hosts serve one site behind a load balancer
 * without sticky sessions: the state the redirected page shows ({@link FormStates}) and a photo the
 * resident need not choose again ({@link KeptPhotos}). Each belongs to one browser; what has
 * expired is never answered. Times are the host's clock (which a demo may set in the past).
 */
public interface SharedForms {

  /** Keeps a state until {@code until}; what expired before {@code now} may be dropped. */
  void keepState(String token, String browser, byte[] state, Instant now, Instant until);

  Optional<byte[]> state(String token, String browser, Instant now);

  /** Drops the states (not the photos) {@code browser} left. */
  void forgetStates(String browser);

  void keepPhoto(String key, String browser, KeptPhotos.Picture photo, Instant now, Instant until);

  Optional<KeptPhotos.Picture> photo(String key, String browser, Instant now);

  /** Drops the photos {@code browser} left. */
  void forgetPhotos(String browser);
}
