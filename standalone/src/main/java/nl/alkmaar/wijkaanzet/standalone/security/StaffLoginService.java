package nl.alkmaar.wijkaanzet.standalone.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.security.Credential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's login service over the users file, with the brute-force throttle and the limits on login
 * work ({@link LoginCapacity}) in front. Logs one line per login with the user name (staff
 * accounts, not residents), never a password or an address. An unknown name and a locked one cost
 * the same hashing time as a known one, so timing reveals neither which names exist nor which are
 * locked.
 */
public final class StaffLoginService extends AbstractLoginService {

  private static final Logger LOG = LoggerFactory.getLogger(StaffLoginService.class);

  private final Map<String, UserAccount> accounts;
  private final LoginThrottle throttle;
  private final LoginCapacity capacity;
  private final KnownDevices devices;
  private final RefusedLogins refusals;
  private PasswordHash decoy;

  public StaffLoginService(
      List<UserAccount> accounts,
      LoginThrottle throttle,
      LoginCapacity capacity,
      KnownDevices devices,
      Clock clock) {
    this.accounts =
        accounts.stream().collect(Collectors.toUnmodifiableMap(UserAccount::name, a -> a));
    this.throttle = throttle;
    this.capacity = capacity;
    this.devices = devices;
    this.refusals = new RefusedLogins(clock);
    setName("Wij(k) aan zet!");
  }

  /** Which browsers users logged in from before (for the cookie that marks them). */
  public KnownDevices knownDevices() {
    return devices;
  }

  public int size() {
    return accounts.size();
  }

  @Override
  public UserIdentity login(
      String username,
      Object credentials,
      Request request,
      Function<Boolean, Session> getOrCreateSession) {
    String name = username == null ? "" : username.strip();
    String address = request == null ? "" : Request.getRemoteAddr(request);
    if (!capacity.admits(address)) {
      refusals.refused(loggable(name), "too many failed logins from one address");
      return null;
    }
    boolean knownDevice = knownDevice(request, name);
    Optional<LoginCapacity.HashTurn> turn = capacity.hashTurn(knownDevice);
    if (turn.isEmpty()) {
      // Counts against the address: filling the turns must cost the one who fills them.
      capacity.failed(address);
      refusals.refused(loggable(name), "too many logins at once");
      return null;
    }
    try (LoginCapacity.HashTurn taken = turn.get()) {
      if (throttle.isLocked(name, address, knownDevice)) {
        // As slow as a real check, so a locked name cannot be told from a wrong password.
        decoy().matches(password(credentials));
        capacity.failed(address);
        refusals.refused(loggable(name), "too many failed attempts");
        return null;
      }
      if (!accounts.containsKey(name)) {
        decoy().matches(password(credentials));
      }
      UserIdentity user = super.login(name, credentials, request, getOrCreateSession);
      if (user == null) {
        throttle.failed(name, address);
        capacity.failed(address);
        LOG.info("login failed for {}", loggable(name));
      } else {
        throttle.succeeded(name, address);
        LOG.info("login of {}", name);
      }
      return user;
    }
  }

  private boolean knownDevice(Request request, String name) {
    return request != null
        && Request.getCookies(request).stream()
            .anyMatch(
                cookie ->
                    KnownDevices.COOKIE.equals(cookie.getName())
                        && devices.isKnown(cookie.getValue(), name));
  }

  /**
   * Made on first use: hashing costs a fraction of a second the start does not need to wait for.
   */
  private synchronized PasswordHash decoy() {
    if (decoy == null) {
      decoy = PasswordHash.create("decoy-password".toCharArray(), new SecureRandom());
    }
    return decoy;
  }

  @Override
  protected UserPrincipal loadUserInfo(String username) {
    UserAccount account = accounts.get(username);
    return account == null
        ? null
        : new UserPrincipal(account.name(), new Hashed(account.password()));
  }

  @Override
  protected List<RolePrincipal> loadRoleInfo(UserPrincipal user) {
    UserAccount account = accounts.get(user.getName());
    return account == null
        ? List.of()
        : account.roles().stream().sorted().map(RolePrincipal::new).toList();
  }

  private static char[] password(Object credentials) {
    return credentials instanceof String text ? text.toCharArray() : new char[0];
  }

  /**
   * A user name for a log line: only names of accounts. What else was typed in the name field may
   * be someone's e-mail address or even their password, which no log may keep.
   */
  private String loggable(String name) {
    return accounts.containsKey(name) ? "'" + name + "'" : "an unknown name";
  }

  /** Jetty's credential check, answered by the slow hash. */
  private static final class Hashed extends Credential {
    private static final long serialVersionUID = 1L;
    private final transient PasswordHash hash;

    Hashed(PasswordHash hash) {
      this.hash = hash;
    }

    @Override
    public boolean check(Object credentials) {
      return hash != null && hash.matches(password(credentials));
    }
  }
}
