package nl.alkmaar.wijkaanzet.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The protections every form and API post shares: where the API lives, cross-site checks, form
 * tokens, the post/redirect/get state (with the photos kept for it), the memory uploads may hold,
 * and rate limits.
 */
public record WebProtection(
    String apiPath,
    CrossSiteGuard crossSite,
    FormTokens tokens,
    FormStates formStates,
    BrowserKey browsers,
    KeptPhotos keptPhotos,
    UploadBudget uploads,
    RateLimiter submitLimit,
    String campaign) {

  /**
   * The same protections for a campaign that runs beside the main one: every address handed out for
   * it names it ({@code ?campagne=<id>}), so requests reach its runtime.
   */
  public WebProtection forCampaign(String campaignId) {
    return new WebProtection(
        apiPath,
        crossSite,
        tokens,
        formStates,
        browsers,
        keptPhotos,
        uploads,
        submitLimit,
        campaignId);
  }

  /** {@code ?campagne=<id>} for a campaign beside the main one, empty for the main campaign. */
  public String campaignQuery() {
    return campaign.isEmpty() ? "" : "?campagne=" + campaign;
  }

  /** An API address of this campaign: {@code apiPath + path}, naming the campaign when needed. */
  public String api(String path) {
    String query = campaignQuery();
    if (query.isEmpty()) {
      return apiPath + path;
    }
    return apiPath + path + (path.contains("?") ? "&" + query.substring(1) : query);
  }

  /** Largest request body for a submission without photo; a page of text is a few kilobytes. */
  public static final int MAX_FORM_BYTES = 64 * 1024;

  /** Ten at once: a family taking turns at the red van's laptop shares one address. */
  public static final int DEFAULT_BURST = 10;

  /**
   * With kept photos in a new temporary folder (inside Magnolia, where the module has no data
   * folder of its own).
   *
   * @param apiPath {@code /api} in the standalone host, {@code /.wijkaanzet/api} in Magnolia
   * @param trustedOrigins other origins allowed to post, e.g. {@code https://www.alkmaar.nl}
   */
  public static WebProtection create(String apiPath, Set<String> trustedOrigins, Clock clock) {
    return create(apiPath, trustedOrigins, clock, DEFAULT_BURST, KeptPhotos.temporaryFolder(clock));
  }

  /**
   * @param burst submissions one address may send at once before it is slowed to one every three
   *     minutes
   * @param keptPhotosFolder where photos of forms that came back with errors wait (emptied now)
   */
  public static WebProtection create(
      String apiPath, Set<String> trustedOrigins, Clock clock, int burst, Path keptPhotosFolder) {
    return create(apiPath, trustedOrigins, clock, burst, keptPhotosFolder, Optional.empty());
  }

  /**
   * What the hosts behind a load balancer without sticky sessions share: the key of the form tokens
   * (the same on every host, so a form one host rendered may be sent to another), form states and
   * kept photos, and the rate limits' buckets.
   */
  public record Shared(byte[] tokenSecret, SharedForms forms, SharedRateBuckets limits) {}

  /** As above, for one of several hosts that share what {@code shared} holds. */
  public static WebProtection create(
      String apiPath,
      Set<String> trustedOrigins,
      Clock clock,
      int burst,
      Path keptPhotosFolder,
      Optional<Shared> shared) {
    SecureRandom random = new SecureRandom();
    byte[] secret =
        shared
            .map(Shared::tokenSecret)
            .orElseGet(
                () -> {
                  byte[] fresh = new byte[32];
                  random.nextBytes(fresh);
                  return fresh;
                });
    Optional<SharedForms> forms = shared.map(Shared::forms);
    return new WebProtection(
        apiPath,
        new CrossSiteGuard(trustedOrigins),
        new FormTokens(secret, clock),
        new FormStates(clock, random, forms, secret),
        new BrowserKey(random),
        new KeptPhotos(
            keptPhotosFolder, clock, random, KeptPhotos.DEFAULT_MAX_BYTES, forms, secret),
        new UploadBudget(UploadBudget.DEFAULT_BYTES, UploadBudget.DEFAULT_WAIT),
        new RateLimiter(burst, Duration.ofMinutes(3), clock, "submit", shared.map(Shared::limits)),
        "");
  }
}
